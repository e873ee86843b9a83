import { DELIVERY_REASONS, type DeliveryReason, type FollowUpReason } from '../model/delivery-reason';
import { newId } from './new-id';
import { z } from 'zod';
import type { Delivery, DeliveryCounts, DeliveryRepository } from './repositories';
import type { Change, DocumentCollection, Filter, StoredDocument } from './document-store';
import { ConditionalWriter, VERSION_FIELD, newVersion } from './conditional-writer';
import { deliverySchema, idSchema, parseInput, parseStored } from './schemas';
import { scalar } from './query-guard';

const toDelivery = (doc: StoredDocument): Delivery =>
  parseStored(deliverySchema, doc, 'deliveries') as Delivery;
const ident = (value: string, what: string) => parseInput(idSchema, value, what);
const pageSchema = z.object({
  belowVersion: z.number().int().optional(),
  afterConversationId: z.string().optional(),
  limit: z.number().int().min(0),
});

/**
 * One document per (announcement, recipient). Claims and status changes go through the conditional writer, so two
 * sender processes never claim the same delivery, also on FerretDB where findOneAndUpdate is not atomic.
 */
export class DocumentDeliveryRepository implements DeliveryRepository {
  constructor(
    private readonly coll: DocumentCollection,
    private readonly writer: ConditionalWriter,
  ) {}

  async createPending(announcementId: string, conversationIds: string[]): Promise<number> {
    const aid = ident(announcementId, 'kunngjørings-id');
    const ids = [...new Set(parseInput(z.array(idSchema), conversationIds, 'mottakerliste'))];
    const now = new Date();
    return this.coll.insertManyIgnoringDuplicates(
      ids.map((conversationId) => ({
        _id: newId(),
        announcementId: aid,
        conversationId,
        status: 'pending',
        attempts: 0,
        updatedAt: now,
        [VERSION_FIELD]: newVersion(),
      })),
    );
  }

  async claimPending(
    announcementId: string,
    worker: string,
    limit: number,
    staleBefore: Date,
  ): Promise<Delivery[]> {
    const aid = ident(announcementId, 'kunngjørings-id');
    const owner = ident(worker, 'arbeider-id');
    const stale = scalar(staleBefore);
    const claimable = (doc: StoredDocument) =>
      doc.status === 'pending' &&
      !(doc.claimedAt instanceof Date && doc.claimedAt.getTime() >= stale.getTime());
    const claimed: Delivery[] = [];
    // Candidates someone else claimed first: left out of the next look.
    const passed: string[] = [];
    while (claimed.length < limit) {
      const filter: Filter = {
        announcementId: aid,
        status: 'pending',
        $or: [{ claimedAt: { $exists: false } }, { claimedAt: { $lt: stale } }],
      };
      if (passed.length > 0) filter._id = { $nin: passed };
      // Unsorted on purpose: FerretDB sorts in memory after reading every match (about 50 ms per look at 2 000
      // deliveries), while an unsorted look with a limit stops at the first matches (about 2 ms). The order in which
      // recipients get an announcement does not matter.
      const candidates = await this.coll.find(filter, { limit: limit - claimed.length });
      if (candidates.length === 0) break;
      const now = new Date();
      for (const candidate of candidates) {
        const doc = await this.writer.update(
          this.coll,
          candidate._id,
          (current) =>
            claimable(current) ? { set: { claimedBy: owner, claimedAt: now, updatedAt: now } } : null,
          // A sender killed while claiming leaves a marker; it must not hold the delivery longer than a claim.
          {
            contention: 'skip',
            known: candidate,
            staleMarkerMs: Math.max(1000, now.getTime() - stale.getTime()),
          },
        );
        if (doc) claimed.push(toDelivery(doc));
        else passed.push(candidate._id);
      }
    }
    return claimed;
  }

  async markSent(
    announcementId: string,
    conversationId: string,
    activityId: string | undefined,
    version: number,
    followUpProblem?: FollowUpReason,
  ): Promise<void> {
    const sentVersion = parseInput(z.number().int(), version, 'versjon');
    const sentActivity = activityId === undefined ? undefined : ident(activityId, 'aktivitets-id');
    const problem =
      followUpProblem === undefined
        ? undefined
        : parseInput(z.enum(DELIVERY_REASONS), followUpProblem, 'feilårsak');
    await this.change(announcementId, conversationId, () => ({
      set: {
        status: 'sent',
        sentVersion,
        updatedAt: new Date(),
        ...(sentActivity ? { activityId: sentActivity } : {}),
        ...(problem ? { failureReason: problem } : {}),
      },
      unset: ['claimedBy', 'claimedAt', ...(problem ? [] : ['failureReason'])],
    }));
  }

  async markFailed(announcementId: string, conversationId: string, reason: DeliveryReason): Promise<void> {
    const failureReason = parseInput(z.enum(DELIVERY_REASONS), reason, 'feilårsak');
    await this.change(announcementId, conversationId, (current) => ({
      set: {
        status: 'failed',
        failureReason,
        attempts: Number(current.attempts ?? 0) + 1,
        updatedAt: new Date(),
      },
      unset: ['claimedBy', 'claimedAt'],
    }));
  }

  async release(announcementId: string, conversationId: string, countAttempt: boolean): Promise<void> {
    await this.change(announcementId, conversationId, (current) => ({
      set: {
        updatedAt: new Date(),
        ...(countAttempt ? { attempts: Number(current.attempts ?? 0) + 1 } : {}),
      },
      unset: ['claimedBy', 'claimedAt'],
    }));
  }

  async acknowledge(announcementId: string, conversationId: string, at: Date): Promise<boolean> {
    const when = scalar(at);
    const doc = await this.change(announcementId, conversationId, (current) =>
      current.acknowledgedAt instanceof Date
        ? null
        : { set: { acknowledgedAt: when, updatedAt: new Date() } },
    );
    return doc !== null;
  }

  async get(announcementId: string, conversationId: string): Promise<Delivery | null> {
    const doc = await this.coll.findOne(this.key(announcementId, conversationId));
    return doc ? toDelivery(doc) : null;
  }

  async counts(announcementId: string): Promise<DeliveryCounts> {
    const aid = ident(announcementId, 'kunngjørings-id');
    const [byStatus, acknowledged, sentWithProblem] = await Promise.all([
      this.coll.countBy({ announcementId: aid }, 'status'),
      this.coll.count({ announcementId: aid, acknowledgedAt: { $exists: true } }),
      this.coll.countBy(
        { announcementId: aid, status: 'sent', failureReason: { $exists: true } },
        'failureReason',
      ),
    ]);
    const of = (status: string) => byStatus.find((r) => r.value === status)?.count ?? 0;
    const problem = (reason: FollowUpReason) => sentWithProblem.find((r) => r.value === reason)?.count ?? 0;
    return {
      notUpdated: problem('not_updated'),
      notRemoved: problem('not_removed'),
      total: byStatus.reduce((sum, r) => sum + r.count, 0),
      pending: of('pending'),
      sent: of('sent'),
      failed: of('failed'),
      acknowledged,
    };
  }

  async listSent(
    announcementId: string,
    options: { belowVersion?: number; afterConversationId?: string; limit: number },
  ): Promise<Delivery[]> {
    const page = parseInput(pageSchema, options, 'side');
    const filter: Filter = { announcementId: ident(announcementId, 'kunngjørings-id'), status: 'sent' };
    if (page.belowVersion !== undefined) filter.sentVersion = { $lt: page.belowVersion };
    if (page.afterConversationId !== undefined) filter.conversationId = { $gt: page.afterConversationId };
    const docs = await this.coll.find(filter, { sort: { conversationId: 1 }, limit: page.limit });
    return docs.map(toDelivery);
  }

  async list(
    announcementId: string,
    options: { afterConversationId?: string; limit: number },
  ): Promise<Delivery[]> {
    const page = parseInput(pageSchema, options, 'side');
    const filter: Filter = { announcementId: ident(announcementId, 'kunngjørings-id') };
    if (page.afterConversationId !== undefined) filter.conversationId = { $gt: page.afterConversationId };
    const docs = await this.coll.find(filter, { sort: { conversationId: 1 }, limit: page.limit });
    return docs.map(toDelivery);
  }

  private key(announcementId: string, conversationId: string): Filter {
    return {
      announcementId: ident(announcementId, 'kunngjørings-id'),
      conversationId: ident(conversationId, 'samtale-id'),
    };
  }

  /** Applies a conditional change to one delivery, waiting for any concurrent writer of it. */
  private async change(
    announcementId: string,
    conversationId: string,
    decide: (current: StoredDocument) => Change | null,
  ): Promise<StoredDocument | null> {
    const current = await this.coll.findOne(this.key(announcementId, conversationId));
    if (!current) return null;
    return this.writer.update(this.coll, current._id, decide, { contention: 'wait', known: current });
  }
}
