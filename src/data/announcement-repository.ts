import { newId } from './new-id';
import { type Announcement, type AnnouncementStatus, announcementStatusSchema } from '../model/announcement';
import type { AnnouncementRepository } from './repositories';
import type { DocumentCollection, StoredDocument } from './document-store';
import { ConditionalWriter, VERSION_FIELD, newVersion } from './conditional-writer';
import {
  announcementInputSchema,
  announcementPatchSchema,
  announcementSchema,
  parseInput,
  parseStored,
  patchToChange,
  withId,
} from './schemas';
import { scalar } from './query-guard';

/** Fields a patch may remove by passing them as undefined. */
const OPTIONAL_FIELDS = [
  'authorConversationId',
  'statusActivityId',
  'scheduledAt',
  'pendingOperation',
  'sentAt',
];

const toAnnouncement = (doc: StoredDocument): Announcement =>
  parseStored(announcementSchema, withId(doc), 'announcements');

/** Announcements; every change goes through the conditional writer, so status transitions are race-free. */
export class DocumentAnnouncementRepository implements AnnouncementRepository {
  constructor(
    private readonly coll: DocumentCollection,
    private readonly writer: ConditionalWriter,
  ) {}

  async create(
    input: Omit<Announcement, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'status'> & {
      status?: AnnouncementStatus;
    },
  ): Promise<Announcement> {
    const parsed = parseInput(announcementInputSchema, input, 'kunngjøring');
    const now = new Date();
    const doc: StoredDocument = {
      _id: newId(),
      ...parsed,
      status: parsed.status ?? 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
      [VERSION_FIELD]: newVersion(),
    };
    await this.coll.insertOne(doc);
    return toAnnouncement(doc);
  }

  async get(id: string): Promise<Announcement | null> {
    const doc = await this.coll.findOne({ _id: scalar(id) });
    return doc ? toAnnouncement(doc) : null;
  }

  async update(
    id: string,
    patch: Partial<Omit<Announcement, 'id' | 'createdAt'>>,
    expectedStatus?: AnnouncementStatus,
  ): Promise<Announcement | null> {
    const parsed = parseInput(announcementPatchSchema, patch, 'endring av kunngjøring');
    const expected =
      expectedStatus === undefined
        ? undefined
        : parseInput(announcementStatusSchema, expectedStatus, 'status');
    const change = patchToChange(patch, parsed, OPTIONAL_FIELDS);
    change.set = { ...change.set, updatedAt: new Date() };
    const doc = await this.writer.update(
      this.coll,
      scalar(id),
      (current) => (expected !== undefined && current.status !== expected ? null : change),
      { contention: 'wait' },
    );
    return doc ? toAnnouncement(doc) : null;
  }

  async listRecent(limit: number): Promise<Announcement[]> {
    const docs = await this.coll.find({}, { sort: { createdAt: -1, _id: -1 }, limit });
    return docs.map(toAnnouncement);
  }

  async listUnfinished(now: Date): Promise<Announcement[]> {
    const docs = await this.coll.find(
      {
        $or: [
          { status: 'sending' },
          { status: 'scheduled', scheduledAt: { $lte: scalar(now) } },
          { pendingOperation: { $exists: true } },
        ],
      },
      { sort: { createdAt: 1, _id: 1 } },
    );
    return docs.map(toAnnouncement);
  }
}
