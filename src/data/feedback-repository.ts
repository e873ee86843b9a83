import { newId } from './new-id';
import { AppError, isAppError } from '../errors';
import type { FeedbackEntry, FeedbackRepository, FeedbackStats } from './repositories';
import type { DocumentCollection, Filter, StoredDocument } from './document-store';
import { feedbackEntrySchema, feedbackInputSchema, parseInput, parseStored, text, withId } from './schemas';
import { scalar } from './query-guard';

const toEntry = (doc: StoredDocument): FeedbackEntry =>
  parseStored(feedbackEntrySchema, withId(doc), 'feedback') as FeedbackEntry;

/**
 * Feedback on answers. Every document has `uniqueKey` (the dedupeKey, or its own id when there is none) under a
 * plain unique index, so an idempotent add works on every backend without sparse or partial indexes.
 */
export class DocumentFeedbackRepository implements FeedbackRepository {
  constructor(private readonly coll: DocumentCollection) {}

  async add(
    input: Omit<FeedbackEntry, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<{ entry: FeedbackEntry; created: boolean }> {
    const entry = parseInput(feedbackInputSchema, input, 'tilbakemelding');
    const id = newId();
    const now = new Date();
    const uniqueKey = entry.dedupeKey !== undefined ? `key:${entry.dedupeKey}` : `id:${id}`;
    const doc: StoredDocument = { _id: id, ...entry, uniqueKey, createdAt: now, updatedAt: now };
    try {
      await this.coll.insertOne(doc);
      return { entry: toEntry(doc), created: true };
    } catch (err) {
      if (!isAppError(err, 'CONFLICT')) throw err;
    }
    const existing = await this.coll.findOne({ uniqueKey: scalar(uniqueKey) });
    if (!existing) throw new AppError('CONFLICT', 'Tilbakemeldingen kolliderer med en annen; prøv igjen.');
    return { entry: toEntry(existing), created: false };
  }

  async setComment(id: string, comment: string): Promise<FeedbackEntry | null> {
    const value = parseInput(text(4000), comment, 'kommentar');
    const filter: Filter = { _id: scalar(id) };
    const matched = await this.coll.updateOne(filter, { set: { comment: value, updatedAt: new Date() } });
    if (matched === 0) return null;
    const doc = await this.coll.findOne(filter);
    return doc ? toEntry(doc) : null;
  }

  async stats(limit = 10): Promise<FeedbackStats> {
    const [total, helpful, notHelpful, top] = await Promise.all([
      this.coll.count({}),
      this.coll.count({ helpful: true }),
      this.coll.count({ helpful: false }),
      this.coll.countBy({ helpful: false, topicId: { $exists: true } }, 'topicId', limit),
    ]);
    return {
      total,
      helpful,
      notHelpful,
      topNotHelpful: top
        .filter((r): r is { value: string; count: number } => typeof r.value === 'string')
        .map((r) => ({ topicId: r.value, count: r.count })),
    };
  }

  /**
   * Oldest first. A page is extended past `limit` to include every entry created in the same millisecond as its
   * last one, so paging with `after = last.createdAt` never skips an entry.
   */
  async list(options: { after?: Date; limit?: number } = {}): Promise<FeedbackEntry[]> {
    const filter: Filter = options.after ? { createdAt: { $gt: scalar(options.after) } } : {};
    const sort = { createdAt: 1, _id: 1 } as const;
    const docs = await this.coll.find(filter, { sort, limit: options.limit });
    const last = docs[docs.length - 1];
    if (options.limit !== undefined && docs.length === options.limit && last) {
      const seen = new Set(docs.map((d) => d._id));
      const ties = await this.coll.find({ createdAt: scalar(last.createdAt as Date) }, { sort });
      docs.push(...ties.filter((d) => !seen.has(d._id)));
    }
    return docs.map(toEntry);
  }

  async deleteOlderThan(date: Date): Promise<number> {
    return this.coll.deleteMany({ createdAt: { $lt: scalar(date) } });
  }
}
