import { newId } from './new-id';
import { z } from 'zod';
import { AppError, isAppError } from '../errors';
import type { ConversationType, InstallationRecord, InstallationRepository } from './repositories';
import type { DocumentCollection, Filter, StoredDocument } from './document-store';
import {
  conversationTypeSchema,
  definedOnly,
  installationInputSchema,
  installationSchema,
  parseInput,
  parseStored,
} from './schemas';
import { scalar } from './query-guard';

const listFilterSchema = z.object({
  conversationTypes: z.array(conversationTypeSchema).optional(),
  teamIds: z.array(z.string()).optional(),
  userPseudonym: z.string().optional(),
  afterConversationId: z.string().optional(),
  limit: z.number().int().min(0).optional(),
});

/** Stored documents keep the conversation reference as JSON text: its keys come from outside and stay opaque. */
function toRecord(doc: StoredDocument): InstallationRecord {
  const { referenceJson, ...rest } = doc;
  const reference: unknown = typeof referenceJson === 'string' ? JSON.parse(referenceJson) : undefined;
  return parseStored(installationSchema, { ...rest, reference }, 'installations') as InstallationRecord;
}

function activeFilter(filter: {
  conversationTypes?: ConversationType[];
  teamIds?: string[];
  userPseudonym?: string;
}): Filter {
  const f: Filter = { active: true };
  if (filter.userPseudonym !== undefined) f.userPseudonym = scalar(filter.userPseudonym);
  if (filter.conversationTypes) f.conversationType = { $in: filter.conversationTypes.map(scalar) };
  if (filter.teamIds) f.teamId = { $in: filter.teamIds.map(scalar) };
  return f;
}

/** Conversation references of everyone who has the bot, one record per conversation. */
export class DocumentInstallationRepository implements InstallationRepository {
  constructor(private readonly coll: DocumentCollection) {}

  async upsert(
    record: Omit<InstallationRecord, 'installedAt' | 'updatedAt' | 'active'>,
  ): Promise<InstallationRecord> {
    const { reference, ...fields } = parseInput(installationInputSchema, record, 'installasjon');
    const now = new Date();
    const set = definedOnly({
      ...fields,
      referenceJson: JSON.stringify(reference),
      active: true,
      updatedAt: now,
    });
    const filter: Filter = { conversationId: scalar(fields.conversationId) };
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await this.coll.updateOne(filter, { set })) === 1) {
        const doc = await this.coll.findOne(filter);
        if (doc) return toRecord(doc);
      }
      const doc: StoredDocument = { _id: newId(), ...set, installedAt: now };
      try {
        await this.coll.insertOne(doc);
        return toRecord(doc);
      } catch (err) {
        // Another process inserted the same conversation just now: refresh that record instead.
        if (!isAppError(err, 'CONFLICT')) throw err;
      }
    }
    throw new AppError('CONFLICT', 'Installasjonen endres av flere samtidig; prøv igjen.');
  }

  async get(conversationId: string): Promise<InstallationRecord | null> {
    const doc = await this.coll.findOne({ conversationId: scalar(conversationId) });
    return doc ? toRecord(doc) : null;
  }

  async deactivate(conversationId: string): Promise<void> {
    await this.coll.updateOne(
      { conversationId: scalar(conversationId) },
      { set: { active: false, updatedAt: new Date() } },
    );
  }

  async deactivateTeam(teamId: string): Promise<number> {
    return this.coll.updateMany(
      { teamId: scalar(teamId), active: true },
      { set: { active: false, updatedAt: new Date() } },
    );
  }

  async listActive(filter: {
    conversationTypes?: ConversationType[];
    teamIds?: string[];
    userPseudonym?: string;
    afterConversationId?: string;
    limit?: number;
  }): Promise<InstallationRecord[]> {
    const f = parseInput(listFilterSchema, filter, 'filter');
    const query = activeFilter(f);
    if (f.afterConversationId !== undefined) query.conversationId = { $gt: scalar(f.afterConversationId) };
    const docs = await this.coll.find(query, { sort: { conversationId: 1 }, limit: f.limit });
    return docs.map(toRecord);
  }

  async countActive(
    filter: { conversationTypes?: ConversationType[]; teamIds?: string[] } = {},
  ): Promise<number> {
    return this.coll.count(activeFilter(parseInput(listFilterSchema, filter, 'filter')));
  }
}
