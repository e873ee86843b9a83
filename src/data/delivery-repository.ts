import { DELIVERY_REASONS, type DeliveryReason, type FollowUpReason } from '../model/delivery-reason';
import { z } from 'zod';
import type { DeliveryCounts } from '../model/announcement';
import type { Delivery, DeliveryRepository } from './repositories';
import type { Change, DocumentCollection, Filter, StoredDocument } from './document-store';
import { ConditionalWriter, VERSION_FIELD, newVersion } from './conditional-writer';
import { deliverySchema, idSchema, parseInput, parseStored } from './schemas';
import { scalar } from './query-guard';
import { isAppError } from '../errors';
import { GroupedInserts } from './grouped-inserts';

const toDelivery = (doc: StoredDocument): Delivery =>
  parseStored(deliverySchema, doc, 'deliveries') as Delivery;
const ident = (value: string, what: string) => parseInput(idSchema, value, what);
const pageSchema = z.object({
  belowVersion: z.number().int().optional(),
  afterConversationId: z.string().optional(),
  limit: z.number().int().min(0),
});

/** Recipients per batch: one claim (one conditional write) covers this many deliveries. */
export const DELIVERY_BATCH_SIZE = 100;

/** The _id of a delivery: known from its key, so every read and write of one delivery is a primary-key lookup. */
const deliveryId = (announcementId: string, conversationId: string) => `${announcementId}|${conversationId}`;
/** The _id of the receipt that records the first message to a recipient (see markSent). */
const receiptId = (deliveryKey: string) => `${deliveryKey}|sent`;
/** The _id of batch `seq` of an announcement. */
const batchId = (announcementId: string, seq: number) => `${announcementId}|#${String(seq).padStart(9, '0')}`;

/** A batch as stored: which recipients (with their conversation references), and who works on it. */
interface BatchDocument extends StoredDocument {
  announcementId: string;
  seq: number;
  recipients: { conversationId: string; referenceJson?: string }[];
  /** Written on each delivery this batch created (for tracing which batch made it). */
  tag: string;
  /** The greatest conversation id in it: the audience is batched in id order, so later pages start after it. */
  lastConversationId: string;
  /** Times it was claimed; 0 means every delivery in it is still pending, so a claim need not read them. */
  claims: number;
  /** Set by the claim that found nothing left to send in it. */
  done?: boolean;
  claimedBy?: string;
  claimedAt?: Date;
}

/**
 * One document per (announcement, recipient), with an _id made from that pair, plus one batch document per
 * DELIVERY_BATCH_SIZE recipients. A sender claims a whole batch with one conditional write (a filtered update where
 * the store applies it atomically, revision markers on FerretDB) and then owns its deliveries. The first message to
 * a claimed recipient is recorded as a receipt (its own small document, _id from the delivery's) instead of a
 * change to the delivery: receipts are inserted, many in one request, while FerretDB rewrites a document by
 * scanning its whole collection (an update by _id took 16 ms among 2 000 deliveries, 63 ms among 10 000, 220 ms
 * among 40 000; an insert of 100 documents 6-10 ms whatever the size). A pending delivery with a receipt reads as
 * sent; a later change (edit, recall) is written to the delivery itself, which then speaks for itself. When every
 * recipient of a batch is finished, the batch is marked done, so later claims pass it with one read. No query of the
 * send path scans or sorts the audience: per recipient about a fraction of an insert, plus a fiftieth of a claim and
 * done mark. Deliveries created before batches existed are claimed one by one and marked by update (legacy).
 */
export class DocumentDeliveryRepository implements DeliveryRepository {
  /** Next batch to look at, per announcement: a hint that saves re-reading finished batches (the store decides). */
  private readonly cursor = new Map<string, number>();
  /** When the next claim that finds nothing may walk every batch again, per announcement. */
  private readonly rescanAt = new Map<string, number>();
  /** Recipients this instance claimed in a batch and has not finished: delivery _id to batch _id. */
  private readonly claimedIn = new Map<string, string>();
  /** Per claimed batch, its recipients this instance has not finished (released ones stay: not finished). */
  private readonly openInBatch = new Map<string, Set<string>>();
  private readonly receiptInserts: GroupedInserts;

  constructor(
    private readonly coll: DocumentCollection,
    private readonly writer: ConditionalWriter,
    private readonly batches: DocumentCollection,
    private readonly receipts: DocumentCollection,
  ) {
    this.receiptInserts = new GroupedInserts(receipts);
  }

  async createPending(
    announcementId: string,
    conversationIds: string[],
    references?: ReadonlyMap<string, Record<string, unknown>>,
  ): Promise<number> {
    const aid = ident(announcementId, 'kunngjørings-id');
    const ids = [...new Set(parseInput(z.array(idSchema), conversationIds, 'mottakerliste'))];
    const now = new Date();
    // The audience is read in conversation id order and batched as it comes: what is not after the last batch's
    // last recipient is in a batch already (a page read again after a restart adds nothing), so no delivery is read.
    const last = await this.lastBatch(aid);
    const after = typeof last?.lastConversationId === 'string' ? last.lastConversationId : undefined;
    const fresh = after === undefined ? ids : ids.filter((c) => c > after);
    let created = 0;
    for (let i = 0; i < fresh.length; i += DELIVERY_BATCH_SIZE) {
      const chunk = fresh.slice(i, i + DELIVERY_BATCH_SIZE);
      created += await this.addBatch(aid, chunk, references, now);
    }
    return created;
  }

  /**
   * Stores one batch: its deliveries first (a batch is only claimable once everything it names exists), then the
   * batch under the next free number. Each delivery names its batch; where another instance created some of the
   * same deliveries at the same moment, the batch is marked to be checked, so a claim takes only its own.
   */
  private async addBatch(
    aid: string,
    chunk: string[],
    references: ReadonlyMap<string, Record<string, unknown>> | undefined,
    now: Date,
  ): Promise<number> {
    const tag = `${aid}|${newVersion()}`;
    const inserted = await this.coll.insertManyIgnoringDuplicates(
      chunk.map((conversationId) => ({
        _id: deliveryId(aid, conversationId),
        announcementId: aid,
        conversationId,
        status: 'pending',
        attempts: 0,
        batch: tag,
        updatedAt: now,
        [VERSION_FIELD]: newVersion(),
      })),
    );
    // Even when none of them is new (an instance stopped after making them, before batching them), they are not in
    // a batch yet: the batch below is what gets them sent.
    const recipients = chunk.map((conversationId) => {
      const reference = references?.get(conversationId);
      return reference ? { conversationId, referenceJson: JSON.stringify(reference) } : { conversationId };
    });
    for (let attempt = 0; ; attempt += 1) {
      const seq = await this.nextSeq(aid);
      const batch: BatchDocument = {
        _id: batchId(aid, seq),
        announcementId: aid,
        seq,
        tag,
        recipients,
        lastConversationId: chunk.reduce((max, c) => (c > max ? c : max)),
        // Some existed already (made by an instance that stopped before batching them, or by one making the same
        // ones right now): the first claim reads the deliveries and takes those still pending.
        claims: inserted === chunk.length ? 0 : 1,
        [VERSION_FIELD]: newVersion(),
      };
      try {
        await this.batches.insertOne(batch);
        return inserted;
      } catch (err) {
        // Another instance took this number a moment ago: take the next one.
        if (!isAppError(err, 'CONFLICT') || attempt >= 20) throw err;
      }
    }
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
    const claimed: Delivery[] = [];
    let seq = this.cursor.get(aid) ?? 0;
    // The cursor stops at the first batch another sender holds now, so it is looked at again next time; batches
    // this worker holds or that are finished are passed.
    let firstBusy: number | undefined;
    while (claimed.length < limit) {
      const batch = (await this.batches.findOne({ _id: batchId(aid, seq) })) as BatchDocument | null;
      if (!batch) break;
      const taken = await this.claimBatch(batch, owner, stale);
      if (taken === 'busy') firstBusy ??= seq;
      else if (Array.isArray(taken)) claimed.push(...taken);
      seq += 1;
    }
    this.cursor.set(aid, firstBusy ?? seq);
    // Nothing found: now and then a call starts from the first batch again, for claims that went stale meanwhile
    // (a sender that died) or were released. Not on every empty call: those come often while the last batches are
    // worked on, and a walk over every batch each time would make the work per recipient grow with the audience.
    if (claimed.length === 0) {
      const now = Date.now();
      if (now >= (this.rescanAt.get(aid) ?? 0)) {
        this.cursor.delete(aid);
        this.rescanAt.set(aid, now + Math.max(100, (now - stale.getTime()) / 4));
      }
    }
    if (claimed.length === 0 && seq === 0) return this.claimLegacy(aid, owner, limit, stale);
    return claimed;
  }

  async audienceComplete(announcementId: string): Promise<boolean> {
    const aid = ident(announcementId, 'kunngjørings-id');
    return (await this.batches.findOne({ _id: `${aid}|complete` })) !== null;
  }

  async markAudienceComplete(announcementId: string): Promise<void> {
    const aid = ident(announcementId, 'kunngjørings-id');
    try {
      await this.batches.insertOne({ _id: `${aid}|complete`, at: new Date() });
    } catch (err) {
      if (!isAppError(err, 'CONFLICT')) throw err;
    }
  }

  /** Releases the batches `worker` holds, so another sender (or a restart) can go on at once. */
  async releaseClaims(announcementId: string, worker: string): Promise<void> {
    const aid = ident(announcementId, 'kunngjørings-id');
    const owner = ident(worker, 'arbeider-id');
    for (let seq = 0; ; seq += 1) {
      const batch = await this.batches.findOne({ _id: batchId(aid, seq) });
      if (!batch) break;
      if (batch.claimedBy !== owner) continue;
      await this.writer.update(
        this.batches,
        batch._id,
        (current) => (current.claimedBy === owner ? { unset: ['claimedBy', 'claimedAt'] } : null),
        { contention: 'wait', known: batch },
      );
      this.forgetBatch(batch._id);
    }
    this.cursor.delete(aid);
  }

  /**
   * Claims one batch with one conditional write. A batch never claimed before has only pending deliveries, so they
   * come from the batch itself; a batch claimed before (a sender died or stopped) has its deliveries read by _id.
   */
  private async claimBatch(
    batch: BatchDocument,
    owner: string,
    stale: Date,
  ): Promise<Delivery[] | 'busy' | 'mine' | 'done'> {
    const held = (doc: StoredDocument) =>
      doc.claimedAt instanceof Date && doc.claimedAt.getTime() >= stale.getTime();
    if (batch.done === true) return 'done';
    if (held(batch)) return batch.claimedBy === owner ? 'mine' : 'busy';
    const now = new Date();
    const doc = (await this.writer.update(
      this.batches,
      batch._id,
      (current) =>
        held(current)
          ? null
          : { set: { claimedBy: owner, claimedAt: now, claims: Number(current.claims ?? 0) + 1 } },
      { contention: 'skip', known: batch, staleMarkerMs: Math.max(1000, now.getTime() - stale.getTime()) },
    )) as BatchDocument | null;
    if (!doc) return 'busy';
    const recipients = doc.recipients;
    const references = new Map(recipients.map((r) => [r.conversationId, r.referenceJson]));
    let deliveries: Delivery[];
    if (Number(doc.claims) <= 1) {
      deliveries = recipients.map((r) => ({
        announcementId: doc.announcementId,
        conversationId: r.conversationId,
        status: 'pending',
        attempts: 0,
        updatedAt: now,
      }));
    } else {
      const found = await Promise.all(
        recipients.map(async (r) =>
          this.withReceipt(
            await this.coll.findOne({ _id: deliveryId(doc.announcementId, r.conversationId) }),
          ),
        ),
      );
      deliveries = found.filter((d): d is Delivery => d !== null && d.status === 'pending');
    }
    if (deliveries.length === 0) {
      // Finished for good: later passes skip it with one read, without claiming it or reading its deliveries.
      await this.markBatchDone(doc._id);
      return 'done';
    }
    let open = this.openInBatch.get(doc._id);
    if (!open) {
      open = new Set();
      this.openInBatch.set(doc._id, open);
    }
    for (const d of deliveries) {
      const key = deliveryId(doc.announcementId, d.conversationId);
      open.add(key);
      this.claimedIn.set(key, doc._id);
    }
    return deliveries.map((d) => {
      const json = references.get(d.conversationId);
      const claimedDelivery: Delivery = { ...d, claimedBy: owner, claimedAt: now };
      if (json !== undefined) claimedDelivery.reference = JSON.parse(json) as Record<string, unknown>;
      return claimedDelivery;
    });
  }

  /** The last batch of an announcement (read once per page of the audience, not per claim). */
  private async lastBatch(announcementId: string): Promise<StoredDocument | undefined> {
    const [last] = await this.batches.find({ announcementId }, { sort: { seq: -1 }, limit: 1 });
    return last;
  }

  private async nextSeq(announcementId: string): Promise<number> {
    const last = await this.lastBatch(announcementId);
    return last ? Number(last.seq) + 1 : 0;
  }

  /** Deliveries stored before batches existed: claimed one at a time, as they were then. */
  private async claimLegacy(aid: string, owner: string, limit: number, stale: Date): Promise<Delivery[]> {
    const claimable = (doc: StoredDocument) =>
      doc.status === 'pending' &&
      !(doc.claimedAt instanceof Date && doc.claimedAt.getTime() >= stale.getTime());
    const claimed: Delivery[] = [];
    const candidates = await this.coll.find(
      {
        announcementId: aid,
        status: 'pending',
        $or: [{ claimedAt: { $exists: false } }, { claimedAt: { $lt: stale } }],
      },
      { limit },
    );
    const now = new Date();
    for (const candidate of candidates) {
      const doc = await this.writer.update(
        this.coll,
        candidate._id,
        (current) =>
          claimable(current) ? { set: { claimedBy: owner, claimedAt: now, updatedAt: now } } : null,
        {
          contention: 'skip',
          known: candidate,
          staleMarkerMs: Math.max(1000, now.getTime() - stale.getTime()),
        },
      );
      if (doc) claimed.push(toDelivery(doc));
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
    const set = {
      status: 'sent',
      sentVersion,
      updatedAt: new Date(),
      ...(sentActivity ? { activityId: sentActivity } : {}),
      ...(problem ? { failureReason: problem } : {}),
    };
    const key = this.id(announcementId, conversationId);
    if (problem === undefined && this.claimedIn.has(key)) {
      // The first message to a recipient this instance claimed: a receipt, inserted with others in one request.
      await this.receiptInserts.insert({
        _id: receiptId(key),
        announcementId: ident(announcementId, 'kunngjørings-id'),
        conversationId,
        sentVersion,
        ...(sentActivity ? { activityId: sentActivity } : {}),
        at: set.updatedAt,
      });
      await this.finished(key);
      return;
    }
    const unset = ['claimedBy', 'claimedAt', ...(problem ? [] : ['failureReason'])];
    // A delivery with a receipt speaks for itself from now on; `receipt` keeps counts() from counting it twice.
    const current = await this.find(announcementId, conversationId);
    if (!current) return;
    const receipted =
      current.status === 'pending' && (await this.receipts.findOne({ _id: receiptId(key) })) !== null;
    // A conditional write, as the reader's acknowledgement is: FerretDB 1.x runs a plain update as "read the
    // document, write it back whole", so an acknowledgement stored between the two would be overwritten and lost.
    await this.writer.update(
      this.coll,
      current._id,
      (doc) => ({ set: receipted && doc.status === 'pending' ? { ...set, receipt: true } : set, unset }),
      { contention: 'wait', known: current },
    );
  }

  /** A claimed recipient is finished (its outcome is stored); the batch is done once all of them are. */
  private async finished(key: string): Promise<void> {
    const batch = this.claimedIn.get(key);
    if (batch === undefined) return;
    this.claimedIn.delete(key);
    const open = this.openInBatch.get(batch);
    open?.delete(key);
    if (open && open.size === 0) {
      this.openInBatch.delete(batch);
      await this.markBatchDone(batch);
    }
  }

  private async markBatchDone(batch: string): Promise<void> {
    await this.batches.updateOne({ _id: batch }, { set: { done: true } });
  }

  private forgetBatch(batch: string): void {
    for (const key of this.openInBatch.get(batch) ?? []) this.claimedIn.delete(key);
    this.openInBatch.delete(batch);
  }

  /** A delivery as it stands: a pending one with a receipt was sent (see markSent). */
  private async withReceipt(doc: StoredDocument | null): Promise<Delivery | null> {
    if (!doc) return null;
    const delivery = toDelivery(doc);
    if (delivery.status !== 'pending') return delivery;
    const receipt = await this.receipts.findOne({
      _id: receiptId(deliveryId(delivery.announcementId, delivery.conversationId)),
    });
    if (!receipt) return delivery;
    const sent: Delivery = { ...delivery, status: 'sent', sentVersion: Number(receipt.sentVersion) };
    delete sent.claimedBy;
    delete sent.claimedAt;
    if (typeof receipt.activityId === 'string') sent.activityId = receipt.activityId;
    if (receipt.at instanceof Date) sent.updatedAt = receipt.at;
    return sent;
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
    await this.finished(this.id(announcementId, conversationId));
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
    return this.withReceipt(await this.find(announcementId, conversationId));
  }

  /** Two requests, each one pass over the announcement's deliveries and receipts (FerretDB 1.x scans for either). */
  async counts(announcementId: string): Promise<DeliveryCounts> {
    const aid = ident(announcementId, 'kunngjørings-id');
    const [groups, receipts] = await Promise.all([
      this.coll.countGroups(
        { announcementId: aid },
        { status: 'value', failureReason: 'value', receipt: 'value', acknowledgedAt: 'present' },
      ),
      this.receipts.count({ announcementId: aid }),
    ]);
    const sum = (keep: (key: Record<string, unknown>) => boolean) =>
      groups.reduce((n, g) => (keep(g.key) ? n + g.count : n), 0);
    // Pending deliveries with a receipt were sent (those changed since say so themselves: `receipt: true`).
    const sentByReceipt = receipts - sum((k) => k.receipt === true);
    const stored = (status: string) => sum((k) => k.status === status);
    const problem = (reason: FollowUpReason) => sum((k) => k.status === 'sent' && k.failureReason === reason);
    return {
      notUpdated: problem('not_updated'),
      notRemoved: problem('not_removed'),
      total: sum(() => true),
      pending: stored('pending') - sentByReceipt,
      sent: stored('sent') + sentByReceipt,
      failed: stored('failed'),
      acknowledged: sum((k) => k.acknowledgedAt === true),
    };
  }

  async listSent(
    announcementId: string,
    options: { belowVersion?: number; afterConversationId?: string; limit: number },
  ): Promise<Delivery[]> {
    const page = parseInput(pageSchema, options, 'side');
    const below = page.belowVersion;
    // Pending deliveries are read too: those with a receipt were sent.
    const sent: Delivery[] = [];
    let after = page.afterConversationId;
    while (sent.length < page.limit) {
      const filter: Filter = {
        announcementId: ident(announcementId, 'kunngjørings-id'),
        status: { $in: ['sent', 'pending'] },
      };
      if (after !== undefined) filter.conversationId = { $gt: after };
      const docs = await this.coll.find(filter, { sort: { conversationId: 1 }, limit: page.limit });
      const read = await Promise.all(docs.map((doc) => this.withReceipt(doc)));
      for (const d of read) {
        if (sent.length === page.limit) break;
        if (d?.status === 'sent' && (below === undefined || (d.sentVersion ?? 0) < below)) sent.push(d);
      }
      if (docs.length < page.limit) break;
      after = docs[docs.length - 1]?.conversationId as string | undefined;
    }
    return sent;
  }

  async list(
    announcementId: string,
    options: { afterConversationId?: string; limit: number },
  ): Promise<Delivery[]> {
    const page = parseInput(pageSchema, options, 'side');
    const filter: Filter = { announcementId: ident(announcementId, 'kunngjørings-id') };
    if (page.afterConversationId !== undefined) filter.conversationId = { $gt: page.afterConversationId };
    const docs = await this.coll.find(filter, { sort: { conversationId: 1 }, limit: page.limit });
    const read = await Promise.all(docs.map((doc) => this.withReceipt(doc)));
    return read.filter((d): d is Delivery => d !== null);
  }

  private id(announcementId: string, conversationId: string): string {
    return deliveryId(ident(announcementId, 'kunngjørings-id'), ident(conversationId, 'samtale-id'));
  }

  /** One delivery: by _id, or (stored before _ids were made from the key) by its key. */
  private async find(announcementId: string, conversationId: string): Promise<StoredDocument | null> {
    return (
      (await this.coll.findOne({ _id: this.id(announcementId, conversationId) })) ??
      (await this.coll.findOne(this.key(announcementId, conversationId)))
    );
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
    const current = await this.find(announcementId, conversationId);
    if (!current) return null;
    return this.writer.update(this.coll, current._id, decide, { contention: 'wait', known: current });
  }
}
