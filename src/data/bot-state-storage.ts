import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import { AppError, isAppError } from '../errors';
import type { DocumentCollection, StoredDocument } from './document-store';
import { ConditionalWriter, VERSION_FIELD, newVersion } from './conditional-writer';
import { parseInput } from './schemas';

const keysSchema = z.array(z.string().min(1).max(1024));

/**
 * botbuilder `Storage` for conversation and user state, with the same eTag rules as botbuilder's MemoryStorage:
 * a write with eTag '*' or none overwrites, a write with an eTag must match the stored one (else it throws), and a
 * write to a missing key always succeeds. The state is kept as JSON text, so its keys never meet the query language.
 */
export class DocumentBotStateStorage implements Storage {
  constructor(
    private readonly coll: DocumentCollection,
    private readonly writer: ConditionalWriter,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const ids = parseInput(keysSchema, keys, 'tilstandsnøkler');
    if (ids.length === 0) return {};
    const docs = await this.coll.find({ _id: { $in: ids } });
    const items: StoreItems = {};
    for (const doc of docs) {
      items[doc._id] = { ...(JSON.parse(String(doc.json)) as object), eTag: doc[VERSION_FIELD] };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      await this.writeOne(
        parseInput(keysSchema.element, key, 'tilstandsnøkkel'),
        item as Record<string, unknown>,
      );
    }
  }

  async delete(keys: string[]): Promise<void> {
    const ids = parseInput(keysSchema, keys, 'tilstandsnøkler');
    if (ids.length > 0) await this.coll.deleteMany({ _id: { $in: ids } });
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag, ...data } = item ?? {};
    const json = JSON.stringify(data);
    const expected = typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? eTag : undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.coll.findOne({ _id: key });
      if (!existing && (await this.tryInsert(key, json))) return;
      let conflict = false;
      const written = await this.writer.update(
        this.coll,
        key,
        (current: StoredDocument) => {
          conflict = expected !== undefined && current[VERSION_FIELD] !== expected;
          return conflict ? null : { set: { json, updatedAt: new Date() } };
        },
        { contention: 'wait', known: existing ?? undefined },
      );
      if (conflict) {
        throw new AppError('CONFLICT', `Storage: error writing "${key}" due to eTag conflict.`);
      }
      if (written) return;
      // Deleted between read and write: store it as new.
    }
    throw new AppError('CONFLICT', `Storage: error writing "${key}": it keeps changing.`);
  }

  private async tryInsert(key: string, json: string): Promise<boolean> {
    try {
      await this.coll.insertOne({ _id: key, json, updatedAt: new Date(), [VERSION_FIELD]: newVersion() });
      return true;
    } catch (err) {
      if (isAppError(err, 'CONFLICT')) return false;
      throw err;
    }
  }
}
