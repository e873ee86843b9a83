import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Logger } from '../logger';
import { AppError } from '../errors';
import type {
  Announcement,
  AnnouncementContent,
  Audience,
  ConversationType,
  DeliveryCounts,
  InstallationRecord,
  Repositories,
} from '../data/repositories';
import type { DeliveryReason, FollowUpReason } from '../model/delivery-reason';
import { createAnnouncementCard } from '../cards/announcement-card';
import { createAnnouncementActivity } from './announcement-activity';
import { parseAnnouncementContent } from './announcement-content';
import { BroadcastLease } from './broadcast-lease';
import { DEFAULT_BROADCAST_OPTIONS, type BroadcastOptions } from './broadcast-options';
import type { Messenger, OutgoingActivity } from './messenger';
import { MessengerError } from './messenger-error';
import { OperationPump, type PumpOutcome } from './operation-pump';
import { AbortedError, RateLimiter, sleep } from './rate-limiter';
import { RetryPolicy } from './retry-policy';

/** The repositories the engine works on. */
export type BroadcastRepositories = Pick<
  Repositories,
  'announcements' | 'deliveries' | 'installations' | 'leases'
>;

/** One progress report, for updating the author's status card in place. */
export interface BroadcastProgress {
  announcement: Announcement;
  counts: DeliveryCounts;
  /** True for the last report of a run (sent, cancelled, recalled, edit applied, or this instance stopping). */
  final: boolean;
}

/** Dependencies of the engine; everything but the repositories, messenger and logger has a default. */
export interface BroadcastEngineDeps {
  repositories: BroadcastRepositories;
  messenger: Messenger;
  logger: Logger;
  options?: Partial<BroadcastOptions>;
  /** Called at most every progressIntervalMs per announcement, and once at the end of each run. */
  onProgress?: (progress: BroadcastProgress) => Promise<void> | void;
  /** Identifies this instance in leases and claims; unique per process by default. */
  workerId?: string;
  now?: () => Date;
  random?: () => number;
}

/** Result of acknowledge(). */
export interface AcknowledgeResult {
  /** False when this conversation had already confirmed (the call is idempotent). */
  recorded: boolean;
  announcement: Announcement;
  /** The announcement card showing "Lest ✓", to answer the Action.Execute invoke with in a personal chat. */
  card: Record<string, unknown>;
}

/** Takes a recipient from a store read into the run, unless it is being worked on or was just finished. */
function accept(run: Run, conversationId: string): boolean {
  if (run.inFlight.has(conversationId) || run.finishedDuringRead.has(conversationId)) return false;
  run.inFlight.add(conversationId);
  return true;
}

/** A recipient is done (its new state is stored). */
function finish(run: Run, conversationId: string): void {
  run.inFlight.delete(conversationId);
  run.finishedDuringRead.add(conversationId);
}

/** Completions per second over the last two seconds. */
class CompletionMeter {
  private readonly stamps: number[] = [];

  record(now: number = Date.now()): void {
    this.stamps.push(now);
    this.trim(now);
  }

  perSecond(now: number = Date.now()): number {
    this.trim(now);
    return this.stamps.length / 2;
  }

  private trim(now: number): void {
    while (this.stamps.length > 0 && (this.stamps[0] as number) <= now - 2000) this.stamps.shift();
  }
}

/** Name of the lease that makes one instance the sender. */
export const BROADCAST_LEASE_NAME = 'broadcast';

const STATUS_NB: Record<Announcement['status'], string> = {
  draft: 'utkast',
  scheduled: 'planlagt',
  sending: 'sendes',
  sent: 'sendt',
  cancelled: 'avbrutt',
  recalled: 'trukket tilbake',
};

/** A claimed delivery being worked on, with the attempts made so far. */
interface Job {
  conversationId: string;
  attempts: number;
  /** Attempts recorded in the store when claimed; release() counts one more only if we tried. */
  storedAttempts: number;
  activityId?: string;
  /** Set once the message went out, so a retry only records it (never sends it again). */
  sent?: { activityId?: string; version: number };
  /** Where to send it, when the claim carried the conversation reference (else the installation is read). */
  reference?: Record<string, unknown>;
}

/** State shared by the handlers of one run over one announcement. */
interface Run {
  announcement: Announcement;
  inFlight: Set<string>;
  /**
   * Recipients finished while a claim or page read was under way: that read may still return them as pending (or
   * of an older version), so they are skipped. Cleared at the start of each read, so it stays small.
   */
  finishedDuringRead: Set<string>;
  /** Set when the run must stop taking work (cancelled, recalled, newer version, lease lost). */
  halted: boolean;
}

type FollowUp = 'update' | 'delete';

/** The installations an audience reaches: what the engine sends to, and what the author is told it will reach. */
export function audienceFilter(audience: Audience): {
  conversationTypes?: ConversationType[];
  teamIds?: string[];
} {
  switch (audience.kind) {
    case 'personal':
      return { conversationTypes: ['personal'] };
    case 'channels':
      return { conversationTypes: ['channel'] };
    case 'teams':
      return { conversationTypes: ['channel'], teamIds: audience.teamIds };
    case 'all':
      return {};
  }
}

/**
 * Sends announcements to everyone who has the bot, within Teams' rate limits, once per recipient: one delivery
 * record per recipient, claimed before sending and marked after; one instance at a time holds the 'broadcast'
 * lease. Also applies edits (update everywhere) and recalls (delete everywhere) through the same limiter.
 */
export class BroadcastEngine {
  private readonly options: BroadcastOptions;
  private readonly repos: BroadcastRepositories;
  private readonly messenger: Messenger;
  private readonly logger: Logger;
  private readonly workerId: string;
  private readonly now: () => Date;
  private readonly limiter: RateLimiter;
  private readonly retryPolicy: RetryPolicy;
  private readonly lease: BroadcastLease;
  private readonly onProgress?: (progress: BroadcastProgress) => Promise<void> | void;
  private readonly abort = new AbortController();
  private readonly nextProgressAt = new Map<string, number>();
  private readonly progressInFlight = new Set<string>();
  private running: Promise<void> | undefined;
  private rerun = false;
  private stopping = false;
  private scheduler: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private cachedActivity: { key: string; activity: OutgoingActivity } | undefined;

  constructor(deps: BroadcastEngineDeps) {
    this.options = { ...DEFAULT_BROADCAST_OPTIONS, ...deps.options };
    this.repos = deps.repositories;
    this.messenger = deps.messenger;
    this.logger = deps.logger;
    this.onProgress = deps.onProgress;
    this.workerId = deps.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.now = deps.now ?? (() => new Date());
    this.limiter = new RateLimiter({
      ratePerSecond: this.options.ratePerSecond,
      perConversationPerSecond: this.options.perConversationPerSecond,
    });
    this.retryPolicy = new RetryPolicy({
      maxAttempts: this.options.maxAttempts,
      baseDelayMs: this.options.baseBackoffMs,
      maxDelayMs: this.options.maxBackoffMs,
      maxRetryAfterMs: this.options.maxBackoffMs * 5,
      random: deps.random,
    });
    // Every request waiting for its turn listens for stop(); that is up to `concurrency` listeners, not a leak.
    setMaxListeners(Math.max(10, this.options.concurrency * 2 + 10), this.abort.signal);
    this.lease = new BroadcastLease(
      this.repos.leases,
      BROADCAST_LEASE_NAME,
      this.workerId,
      this.options.leaseMs,
      this.logger,
    );
  }

  /** Starts sending a draft or scheduled announcement now. Returns at once; sending goes on in the background. */
  async start(announcementId: string): Promise<Announcement> {
    const current = await this.require(announcementId);
    if (current.status === 'sending') {
      this.kick();
      return current;
    }
    if (current.status !== 'draft' && current.status !== 'scheduled') {
      throw new AppError(
        'CONFLICT',
        `Kunngjøringen er ${STATUS_NB[current.status]} og kan ikke sendes på nytt.`,
      );
    }
    const updated = await this.repos.announcements.update(
      announcementId,
      { status: 'sending' },
      current.status,
    );
    if (!updated) throw new AppError('CONFLICT', 'Kunngjøringen ble endret samtidig. Prøv igjen.');
    this.logger.info({ announcementId }, 'announcement sending started');
    this.kick();
    return updated;
  }

  /** Schedules a draft (or moves a scheduled announcement) to be sent at `at`. */
  async schedule(announcementId: string, at: Date): Promise<Announcement> {
    const current = await this.require(announcementId);
    if (current.status !== 'draft' && current.status !== 'scheduled') {
      throw new AppError('CONFLICT', `Kunngjøringen er ${STATUS_NB[current.status]} og kan ikke planlegges.`);
    }
    const updated = await this.repos.announcements.update(
      announcementId,
      { status: 'scheduled', scheduledAt: at },
      current.status,
    );
    if (!updated) throw new AppError('CONFLICT', 'Kunngjøringen ble endret samtidig. Prøv igjen.');
    if (at <= this.now()) this.kick();
    return updated;
  }

  /** Stops a scheduled or ongoing sending; recipients not reached yet are marked failed with reason 'cancelled'. */
  async cancel(announcementId: string): Promise<Announcement> {
    const current = await this.require(announcementId);
    if (current.status === 'cancelled') return current;
    if (current.status !== 'draft' && current.status !== 'scheduled' && current.status !== 'sending') {
      throw new AppError('CONFLICT', `Kunngjøringen er ${STATUS_NB[current.status]} og kan ikke avbrytes.`);
    }
    const updated = await this.repos.announcements.update(
      announcementId,
      { status: 'cancelled' },
      current.status,
    );
    if (!updated) throw new AppError('CONFLICT', 'Kunngjøringen ble endret samtidig. Prøv igjen.');
    this.logger.info({ announcementId }, 'announcement cancelled');
    await this.failUnclaimedPending(announcementId, 'cancelled');
    await this.reportProgress(updated, true);
    return updated;
  }

  /**
   * Changes the content. Before sending it only replaces the draft; once sent, the version is bumped and every
   * message already sent is updated in place (recipients not reached yet get the new version directly).
   */
  async edit(announcementId: string, content: AnnouncementContent): Promise<Announcement> {
    const valid = parseAnnouncementContent(content);
    const current = await this.require(announcementId);
    if (current.status === 'cancelled' || current.status === 'recalled') {
      throw new AppError('CONFLICT', `Kunngjøringen er ${STATUS_NB[current.status]} og kan ikke redigeres.`);
    }
    const sentAlready = current.status === 'sending' || current.status === 'sent';
    const updated = await this.repos.announcements.update(
      announcementId,
      sentAlready
        ? { content: valid, version: current.version + 1, pendingOperation: 'update' }
        : { content: valid, version: current.version + 1 },
      current.status,
    );
    if (!updated) throw new AppError('CONFLICT', 'Kunngjøringen ble endret samtidig. Prøv igjen.');
    this.logger.info({ announcementId, version: updated.version }, 'announcement edited');
    if (sentAlready) this.kick();
    return updated;
  }

  /**
   * Deletes the announcement from every conversation it reached (and stops sending it). Unsent ones are cancelled.
   * The recall bumps the version; each delivery gets that version once its message is deleted, so a recall that is
   * resumed after a restart skips the conversations already done.
   */
  async recall(announcementId: string): Promise<Announcement> {
    const current = await this.require(announcementId);
    if (current.status === 'recalled') return current;
    if (current.status === 'draft' || current.status === 'scheduled') return this.cancel(announcementId);
    const updated = await this.repos.announcements.update(
      announcementId,
      { status: 'recalled', version: current.version + 1, pendingOperation: 'delete' },
      current.status,
    );
    if (!updated) throw new AppError('CONFLICT', 'Kunngjøringen ble endret samtidig. Prøv igjen.');
    this.logger.info({ announcementId }, 'announcement recalled');
    await this.failUnclaimedPending(announcementId, 'recalled');
    this.kick();
    return updated;
  }

  /**
   * Records that a conversation confirmed reading (the "Bekreft lest" button); idempotent. Pass the invoke's
   * conversation.id as it comes: a channel thread's ";messageid=..." suffix is removed here.
   */
  async acknowledge(announcementId: string, conversationId: string): Promise<AcknowledgeResult> {
    const announcement = await this.require(announcementId);
    const conversation = conversationId.split(';messageid=')[0] ?? conversationId;
    const recorded = await this.repos.deliveries.acknowledge(announcementId, conversation, this.now());
    if (recorded) this.scheduleProgress(announcement);
    const card = createAnnouncementCard(announcement.content, { announcementId, acknowledged: true });
    return { recorded, announcement, card };
  }

  /** Delivery counts of an announcement (for the status card). */
  counts(announcementId: string): Promise<DeliveryCounts> {
    return this.repos.deliveries.counts(announcementId);
  }

  /** Continues whatever was left at start-up: sending announcements, due scheduled ones, pending edits and recalls. */
  async resumeUnfinished(): Promise<number> {
    const unfinished = await this.repos.announcements.listUnfinished(this.now());
    if (unfinished.length > 0) {
      this.logger.info({ count: unfinished.length }, 'resuming unfinished announcements');
      this.kick();
    }
    return unfinished.length;
  }

  /** Looks for due and unfinished work every tickMs (also how a standby instance notices a dead sender). */
  startScheduler(): void {
    if (this.scheduler !== undefined || this.stopping) return;
    this.scheduler = setInterval(() => this.kick(), this.options.tickMs);
    this.scheduler.unref();
  }

  /** Resolves when no run is going on in this instance (for tests, benchmarks and shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Graceful stop: no new work, waits for requests under way, releases unsent claims and the lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.scheduler !== undefined) clearInterval(this.scheduler);
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.abort.abort();
    await this.whenIdle();
    await this.lease.release();
  }

  /** Makes sure a run looks for work now (or right after the current one). */
  private kick(): void {
    if (this.stopping) return;
    this.rerun = true;
    if (this.running) return;
    this.running = (async () => {
      try {
        while (this.rerun && !this.stopping) {
          this.rerun = false;
          await this.runOnce();
        }
      } catch (err) {
        this.logger.error({ err }, 'broadcast run failed; retrying later');
        this.retryLater(this.options.tickMs);
      } finally {
        this.running = undefined;
      }
    })();
  }

  private retryLater(ms: number): void {
    if (this.stopping || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.kick();
    }, ms);
    this.retryTimer.unref();
  }

  /** One pass: take the lease if there is work, and work until nothing is left or the lease is lost. */
  private async runOnce(): Promise<void> {
    let work = await this.repos.announcements.listUnfinished(this.now());
    if (work.length === 0) return;
    if (!(await this.lease.acquire())) {
      // Another instance sends; look again well within its lease time so we take over soon after it dies.
      this.retryLater(Math.min(this.options.tickMs, Math.max(100, Math.floor(this.options.leaseMs / 4))));
      return;
    }
    try {
      let previous = '';
      let unchanged = 0;
      while (work.length > 0 && !this.stopping && this.lease.isValid()) {
        const key = work.map((a) => `${a.id}:${a.status}:${a.version}:${a.pendingOperation ?? ''}`).join('|');
        unchanged = key === previous ? unchanged + 1 : 0;
        previous = key;
        if (unchanged >= 3) {
          this.logger.warn({ announcements: key }, 'broadcast work makes no progress; trying again later');
          this.retryLater(this.options.tickMs);
          break;
        }
        for (const announcement of work) {
          if (this.stopping || !this.lease.isValid()) break;
          await this.process(announcement);
        }
        work = await this.repos.announcements.listUnfinished(this.now());
      }
      if (!this.stopping && !this.lease.isValid()) this.retryLater(Math.floor(this.options.leaseMs / 4));
    } finally {
      await this.lease.release();
    }
  }

  private async process(listed: Announcement): Promise<void> {
    let announcement: Announcement | null = listed;
    if (announcement.status === 'scheduled') {
      if (announcement.scheduledAt === undefined || announcement.scheduledAt > this.now()) return;
      announcement = await this.repos.announcements.update(
        announcement.id,
        { status: 'sending' },
        'scheduled',
      );
      if (!announcement) return;
      this.logger.info({ announcementId: announcement.id }, 'scheduled announcement is due; sending');
    }
    if (announcement.status === 'sending') await this.sendAll(announcement);
    announcement = await this.repos.announcements.get(listed.id);
    if (announcement?.pendingOperation !== undefined && !this.stopping && this.lease.isValid()) {
      await this.followUp(announcement, announcement.pendingOperation);
    }
  }

  // ---- sending -------------------------------------------------------------------------------------------

  /** Most deliveries claimed at a time: about half a second of work at the full rate. */
  private batchSize(): number {
    return Math.max(this.options.concurrency, Math.ceil(this.options.ratePerSecond / 2));
  }

  /**
   * How many claimed deliveries to keep queued: half a second of the rate actually achieved (plus one round of
   * workers). A slow store thus keeps the queue short, so claims do not go stale while they wait.
   */
  private queueTarget(completionsPerSecond: number): number {
    return Math.min(this.batchSize(), Math.ceil(completionsPerSecond / 2) + this.options.concurrency);
  }

  /**
   * Creates a pending delivery for every active installation in the audience, a page at a time. Throws when it
   * had to stop part way (run halted, lease lost): the run must not take the deliveries made so far for all.
   */
  private async expandAudience(run: Run): Promise<void> {
    if (await this.repos.deliveries.audienceComplete(run.announcement.id)) return;
    const filter = audienceFilter(run.announcement.audience);
    let after: string | undefined;
    let created = 0;
    for (;;) {
      if (run.halted || this.stopping || !this.lease.isValid()) {
        throw new Error('audience expansion stopped part way; the next run goes on with it');
      }
      const page = await this.repos.installations.listActive({
        ...filter,
        afterConversationId: after,
        limit: this.options.pageSize,
      });
      if (page.length === 0) break;
      created += await this.repos.deliveries.createPending(
        run.announcement.id,
        page.map((r) => r.conversationId),
        new Map(page.map((r) => [r.conversationId, r.reference])),
      );
      after = page[page.length - 1]?.conversationId;
      if (page.length < this.options.pageSize) break;
    }
    await this.repos.deliveries.markAudienceComplete(run.announcement.id);
    this.logger.info({ announcementId: run.announcement.id, created }, 'audience expanded');
  }

  private async sendAll(announcement: Announcement): Promise<void> {
    const id = announcement.id;
    const run: Run = { announcement, inFlight: new Set(), finishedDuringRead: new Set(), halted: false };
    let expanded = false;
    let expansionError: unknown;
    const expansion = this.expandAudience(run).then(
      () => {
        expanded = true;
      },
      (err: unknown) => {
        expansionError = err;
        expanded = true;
      },
    );
    const completions = new CompletionMeter();
    const pump = new OperationPump<Job>(
      this.options.concurrency,
      async (job) => {
        const outcome = await this.sendOne(run, job);
        if (outcome.kind === 'done') {
          finish(run, job.conversationId);
          completions.record();
        }
        // The lease slipped for a moment while the run goes on. Kept as abandoned, the job would stay in this run's
        // in-flight set until shutdown, so a later claim of the same recipient was refused and the run never ended.
        if (outcome.kind === 'abandoned' && !run.halted && !this.stopping) {
          // It went out: record it once the lease is back (never send it again).
          if (job.sent) return { kind: 'retry', delayMs: 1000 };
          // Nothing went out: drop it; it is claimed again once its claim is stale (or by whoever holds the lease).
          run.inFlight.delete(job.conversationId);
          return { kind: 'done' };
        }
        return outcome;
      },
      (job, err) => {
        run.inFlight.delete(job.conversationId);
        this.logger.error(
          { err, announcementId: id, conversationId: job.conversationId },
          'delivery left claimed after an error; retried once its claim is stale',
        );
      },
    );
    let ending: 'finished' | 'cancelled' | 'recalled' | 'interrupted' = 'interrupted';
    let lastRefresh = Date.now();
    try {
      for (;;) {
        if (this.stopping || !this.lease.isValid()) break;
        if (Date.now() - lastRefresh >= this.options.refreshMs) {
          lastRefresh = Date.now();
          const fresh = await this.repos.announcements.get(id);
          if (!fresh || fresh.status !== 'sending') {
            ending = fresh?.status === 'recalled' ? 'recalled' : 'cancelled';
            break;
          }
          run.announcement = fresh;
        }
        this.scheduleProgress(run.announcement);
        const target = this.queueTarget(completions.perSecond());
        if (pump.queued < target) {
          run.finishedDuringRead.clear();
          const claimed = await this.repos.deliveries.claimPending(
            id,
            this.workerId,
            target,
            new Date(Date.now() - this.options.leaseMs),
          );
          let added = 0;
          for (const d of claimed) {
            if (!accept(run, d.conversationId)) continue;
            pump.add({
              conversationId: d.conversationId,
              attempts: d.attempts,
              storedAttempts: d.attempts,
              reference: d.reference,
            });
            added += 1;
          }
          if (added > 0) continue;
          if (claimed.length === 0 && pump.size === 0 && expanded) {
            if (expansionError !== undefined) throw expansionError;
            const counts = await this.repos.deliveries.counts(id);
            if (counts.pending === 0) {
              const done = await this.repos.announcements.update(
                id,
                { status: 'sent', sentAt: this.now() },
                'sending',
              );
              if (done) {
                run.announcement = done;
                ending = 'finished';
                this.logger.info({ announcementId: id, ...counts }, 'announcement sent to everyone');
              } else {
                ending = 'cancelled';
              }
              break;
            }
            // Pending deliveries claimed by an instance that died: they become free when their claim is stale.
            await this.pause(Math.min(1000, Math.max(50, this.options.leaseMs / 10)));
            continue;
          }
        }
        await pump.waitForProgress(50);
      }
    } finally {
      run.halted = true;
      const unfinished = await pump.shutdown();
      await expansion;
      const reason: DeliveryReason = ending === 'recalled' ? 'recalled' : 'cancelled';
      for (const job of unfinished) {
        if (job.sent) {
          // Went out, not recorded yet: one last try; never release it (that would send it again).
          const outcome = await this.recordSent(id, job);
          if (outcome.kind !== 'done') {
            this.logger.error(
              { announcementId: id, conversationId: job.conversationId },
              'sent message left unrecorded',
            );
          }
        } else if (ending === 'cancelled' || ending === 'recalled') {
          await this.repos.deliveries.markFailed(id, job.conversationId, reason);
        } else {
          await this.repos.deliveries.release(id, job.conversationId, job.attempts > job.storedAttempts);
        }
      }
      if (ending === 'cancelled' || ending === 'recalled') await this.failUnclaimedPending(id, reason);
      else if (ending === 'interrupted') await this.repos.deliveries.releaseClaims(id, this.workerId);
      const latest = (await this.repos.announcements.get(id)) ?? run.announcement;
      await this.reportProgress(latest, true);
    }
  }

  private activityFor(announcement: Announcement): OutgoingActivity {
    const key = `${announcement.id}:${announcement.version}`;
    if (this.cachedActivity?.key !== key) {
      this.cachedActivity = { key, activity: createAnnouncementActivity(announcement) };
    }
    return this.cachedActivity.activity;
  }

  /** One attempt to send to one recipient. */
  private async sendOne(run: Run, job: Job): Promise<PumpOutcome> {
    const id = run.announcement.id;
    if (run.halted || !this.lease.isValid()) return { kind: 'abandoned' };
    if (job.sent) return this.recordSent(id, job);
    let reference = job.reference;
    if (reference === undefined) {
      let installation: InstallationRecord | null;
      try {
        installation = await this.repos.installations.get(job.conversationId);
      } catch (err) {
        // Nothing was sent: safe to try again a little later (the lease bounds how long, if the store is down).
        this.logger.warn(
          { err, announcementId: id, conversationId: job.conversationId },
          'store read failed; retrying',
        );
        return { kind: 'retry', delayMs: 1000 };
      }
      if (!installation || !installation.active) {
        await this.persist(() => this.repos.deliveries.markFailed(id, job.conversationId, 'not_installed'));
        return { kind: 'done' };
      }
      reference = installation.reference;
    }
    try {
      await this.limiter.acquire(job.conversationId, this.abort.signal);
    } catch (err) {
      if (err instanceof AbortedError) return { kind: 'abandoned' };
      throw err;
    }
    // The announcement may have been cancelled, or the lease lost, while this waited for its turn.
    if (run.halted || !this.lease.isValid()) return { kind: 'abandoned' };
    const announcement = run.announcement;
    let activityId: string | undefined;
    try {
      activityId = (await this.messenger.send(reference, this.activityFor(announcement))).activityId;
    } catch (err) {
      return this.handleFailure(id, job, err, 'send');
    }
    job.sent = { activityId, version: announcement.version };
    return this.recordSent(id, job);
  }

  /**
   * Records a sent message. If the store will not take it, the job is retried later without sending again (it stays
   * in this run's in-flight set meanwhile), so a slow or flaky store never causes a second message.
   */
  private async recordSent(announcementId: string, job: Job): Promise<PumpOutcome> {
    const sent = job.sent as NonNullable<Job['sent']>;
    try {
      await this.persist(() =>
        this.repos.deliveries.markSent(announcementId, job.conversationId, sent.activityId, sent.version),
      );
      return { kind: 'done' };
    } catch (err) {
      this.logger.warn(
        { err, announcementId, conversationId: job.conversationId },
        'message sent but not yet recorded as sent; trying again',
      );
      return { kind: 'retry', delayMs: 1000 };
    }
  }

  /**
   * Applies the retry policy: retry later, or give up. A failed send is recorded on the delivery and a 403/404
   * deactivates the installation; a failed edit or recall only deactivates on 403 (a 404 there may just mean
   * the message is gone).
   */
  private async handleFailure(
    announcementId: string,
    job: Job,
    err: unknown,
    mode: 'send' | 'followUp',
  ): Promise<PumpOutcome & { reason?: DeliveryReason }> {
    job.attempts += 1;
    const decision = this.retryPolicy.decide(err, job.attempts);
    if (decision.throttled) this.limiter.throttled();
    if (decision.action === 'retry') {
      this.logger.debug(
        {
          announcementId,
          conversationId: job.conversationId,
          attempt: job.attempts,
          delayMs: decision.delayMs,
          err,
        },
        'transient Teams error; retrying',
      );
      return { kind: 'retry', delayMs: decision.delayMs };
    }
    this.logger.warn(
      {
        announcementId,
        conversationId: job.conversationId,
        reason: decision.reason,
        status: decision.status,
        attempts: job.attempts,
      },
      'recipient could not be reached',
    );
    if (mode === 'send') {
      await this.persist(() =>
        this.repos.deliveries.markFailed(announcementId, job.conversationId, decision.reason),
      );
    }
    const lostAccess =
      mode === 'send' ? decision.deactivate : err instanceof MessengerError && err.status === 403;
    if (lostAccess) {
      try {
        await this.repos.installations.deactivate(job.conversationId);
      } catch (deactivateErr) {
        this.logger.warn(
          { err: deactivateErr, conversationId: job.conversationId },
          'could not deactivate installation',
        );
      }
    }
    return { kind: 'done', reason: decision.reason };
  }

  /** Marks every pending delivery nobody is working on as failed (cancel, recall). */
  private async failUnclaimedPending(announcementId: string, reason: DeliveryReason): Promise<number> {
    let failed = 0;
    for (;;) {
      const claimed = await this.repos.deliveries.claimPending(
        announcementId,
        `${this.workerId}:cleanup`,
        this.options.pageSize,
        new Date(Date.now() - this.options.leaseMs),
      );
      if (claimed.length === 0) return failed;
      for (const d of claimed)
        await this.repos.deliveries.markFailed(announcementId, d.conversationId, reason);
      failed += claimed.length;
    }
  }

  // ---- edits and recalls -------------------------------------------------------------------------------

  /** Updates (edit) or deletes (recall) the message in every conversation that has an older version. */
  private async followUp(announcement: Announcement, operation: FollowUp): Promise<void> {
    const id = announcement.id;
    const version = announcement.version;
    const run: Run = { announcement, inFlight: new Set(), finishedDuringRead: new Set(), halted: false };
    const pump = new OperationPump<Job>(
      this.options.concurrency,
      async (job) => {
        const outcome = await this.followUpOne(run, operation, job);
        if (outcome.kind === 'done') finish(run, job.conversationId);
        return outcome;
      },
      (job, err) => {
        run.inFlight.delete(job.conversationId);
        this.logger.error(
          { err, announcementId: id, conversationId: job.conversationId, operation },
          'follow-up failed; retried on the next pass',
        );
      },
    );
    let cursor: string | undefined;
    let finished = false;
    let lastRefresh = Date.now();
    this.logger.info({ announcementId: id, operation, version }, 'applying change to sent messages');
    try {
      for (;;) {
        if (this.stopping || !this.lease.isValid()) break;
        if (Date.now() - lastRefresh >= this.options.refreshMs) {
          lastRefresh = Date.now();
          const fresh = await this.repos.announcements.get(id);
          // A newer edit or a recall supersedes this pass; the caller's loop picks it up.
          if (!fresh || fresh.version !== version || fresh.pendingOperation !== operation) break;
          run.announcement = fresh;
        }
        this.scheduleProgress(run.announcement);
        if (pump.queued < this.batchSize()) {
          run.finishedDuringRead.clear();
          const page = await this.repos.deliveries.listSent(id, {
            belowVersion: version,
            afterConversationId: cursor,
            limit: this.batchSize(),
          });
          for (const d of page) {
            if (!accept(run, d.conversationId)) continue;
            pump.add({
              conversationId: d.conversationId,
              attempts: 0,
              storedAttempts: 0,
              activityId: d.activityId,
            });
          }
          if (page.length > 0) cursor = page[page.length - 1]?.conversationId;
          if (page.length === this.batchSize()) continue;
          if (pump.size === 0) {
            // End of a pass. One more from the start catches messages sent with the old version meanwhile.
            if (cursor === undefined) {
              finished = true;
              break;
            }
            cursor = undefined;
            continue;
          }
        }
        await pump.waitForProgress(50);
      }
    } finally {
      run.halted = true;
      await pump.shutdown();
      if (finished) await this.completeFollowUp(id, version, operation);
      const latest = (await this.repos.announcements.get(id)) ?? run.announcement;
      await this.reportProgress(latest, true);
    }
  }

  private async completeFollowUp(id: string, version: number, operation: FollowUp): Promise<void> {
    await this.repos.announcements.update(id, { pendingOperation: undefined });
    // An edit that landed while we cleared the flag must not be lost.
    const after = await this.repos.announcements.get(id);
    if (
      after &&
      after.version > version &&
      after.pendingOperation === undefined &&
      after.status !== 'recalled'
    ) {
      await this.repos.announcements.update(id, { pendingOperation: 'update' });
    }
    this.logger.info({ announcementId: id, operation, version }, 'change applied to sent messages');
  }

  private async followUpOne(run: Run, operation: FollowUp, job: Job): Promise<PumpOutcome> {
    const announcement = run.announcement;
    const id = announcement.id;
    if (run.halted || !this.lease.isValid()) return { kind: 'abandoned' };
    const installation = await this.repos.installations.get(job.conversationId);
    const done = async (problem?: FollowUpReason): Promise<PumpOutcome> => {
      await this.persist(() =>
        this.repos.deliveries.markSent(id, job.conversationId, job.activityId, announcement.version, problem),
      );
      return { kind: 'done' };
    };
    // Nothing to change where we lost access or never learnt the message id.
    if (!installation || !installation.active || job.activityId === undefined) return done();
    try {
      await this.limiter.acquire(job.conversationId, this.abort.signal);
    } catch (err) {
      if (err instanceof AbortedError) return { kind: 'abandoned' };
      throw err;
    }
    if (run.halted || !this.lease.isValid()) return { kind: 'abandoned' };
    try {
      if (operation === 'update') {
        await this.messenger.update(installation.reference, job.activityId, this.activityFor(announcement));
      } else {
        await this.messenger.delete(installation.reference, job.activityId);
      }
    } catch (err) {
      const outcome = await this.handleFailure(id, job, err, 'followUp');
      if (outcome.kind !== 'done') return outcome;
      // 404 on delete: already gone. Otherwise the recipient keeps the old message; the delivery says so, so that
      // an export shows who still has it (it is not tried again: the reason was final, or retries ran out).
      if (operation === 'delete' && err instanceof MessengerError && err.status === 404) return done();
      return done(operation === 'update' ? 'not_updated' : 'not_removed');
    }
    return done();
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private async require(id: string): Promise<Announcement> {
    const announcement = await this.repos.announcements.get(id);
    if (!announcement) throw new AppError('NOT_FOUND', 'Fant ikke kunngjøringen.');
    return announcement;
  }

  /**
   * Retries a store write with backoff for up to `forMs` (a few attempts by default): losing a markSent would mean
   * sending twice, so that one keeps trying for as long as a lease lasts.
   */
  private async persist(write: () => Promise<void>, forMs = 1000): Promise<void> {
    const deadline = Date.now() + forMs;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await write();
        return;
      } catch (err) {
        const delay = Math.min(2000, 100 * 2 ** (attempt - 1));
        if (Date.now() + delay > deadline) throw err;
        this.logger.warn({ err, attempt }, 'store write failed; retrying');
        await sleep(delay);
      }
    }
  }

  private async pause(ms: number): Promise<void> {
    try {
      await sleep(ms, this.abort.signal);
    } catch (err) {
      if (!(err instanceof AbortedError)) throw err;
    }
  }

  /** Fires a throttled progress report without waiting for it. */
  private scheduleProgress(announcement: Announcement): void {
    if (!this.onProgress) return;
    const next = this.nextProgressAt.get(announcement.id) ?? 0;
    if (Date.now() < next || this.progressInFlight.has(announcement.id)) return;
    void this.reportProgress(announcement, false);
  }

  private async reportProgress(announcement: Announcement, final: boolean): Promise<void> {
    if (!this.onProgress) return;
    const started = Date.now();
    this.nextProgressAt.set(announcement.id, started + this.options.progressIntervalMs);
    this.progressInFlight.add(announcement.id);
    try {
      const counts = await this.repos.deliveries.counts(announcement.id);
      // Counting reads every delivery of the announcement: spend at most a tenth of the time on it.
      const took = Date.now() - started;
      this.nextProgressAt.set(
        announcement.id,
        started + Math.max(this.options.progressIntervalMs, took * 10),
      );
      await this.onProgress({ announcement, counts, final });
    } catch (err) {
      this.logger.warn({ err, announcementId: announcement.id }, 'progress report failed');
    } finally {
      this.progressInFlight.delete(announcement.id);
      if (final) this.nextProgressAt.delete(announcement.id);
    }
  }
}
