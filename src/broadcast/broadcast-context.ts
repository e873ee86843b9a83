import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Logger } from '../logger';
import type { Repositories } from '../data/repositories';
import type { Announcement } from '../model/announcement';
import type { DeliveryReason } from '../model/delivery-reason';
import { createAnnouncementActivity } from './announcement-activity';
import { BroadcastLease } from './broadcast-lease';
import { ProgressReporter, type ProgressListener } from './broadcast-progress';
import { DEFAULT_BROADCAST_OPTIONS, type BroadcastOptions } from './broadcast-options';
import { type Clock, millis, systemClock } from './clock';
import type { Messenger, OutgoingActivity } from './messenger';
import { AbortedError, RateLimiter, sleep } from './rate-limiter';
import type { RequestBudget } from './request-budget';
import { RetryPolicy } from './retry-policy';

/** The repositories the engine works on. */
export type BroadcastRepositories = Pick<
  Repositories,
  'announcements' | 'deliveries' | 'installations' | 'leases'
>;

/** Name of the lease that makes one instance the sender. */
export const BROADCAST_LEASE_NAME = 'broadcast';

/** Dependencies of the engine; everything but the repositories, messenger and logger has a default. */
export interface BroadcastEngineDeps {
  repositories: BroadcastRepositories;
  messenger: Messenger;
  logger: Logger;
  options?: Partial<BroadcastOptions>;
  /** Called at most every progressIntervalMs per announcement, and once at the end of each run. */
  onProgress?: ProgressListener;
  /**
   * The app's one budget of requests to Teams, shared with the status cards and the project office; by default one
   * of the engine's own at options.ratePerSecond.
   */
  budget?: RequestBudget;
  /** Identifies this instance in leases and claims; unique per process by default. */
  workerId?: string;
  /** What time it is, for everything the engine decides by time; the machine's clock by default. */
  now?: Clock;
  random?: () => number;
}

/**
 * What every part of the engine shares in one instance: the store, Teams, one rate limiter and retry policy, the
 * lease, the clock, progress reporting, and the stop signal.
 */
export class BroadcastContext {
  readonly options: BroadcastOptions;
  readonly repos: BroadcastRepositories;
  readonly messenger: Messenger;
  readonly logger: Logger;
  readonly workerId: string;
  readonly clock: Clock;
  readonly limiter: RequestBudget;
  readonly retryPolicy: RetryPolicy;
  readonly lease: BroadcastLease;
  readonly progress: ProgressReporter;
  private readonly abort = new AbortController();
  private cachedActivity: { key: string; activity: OutgoingActivity } | undefined;

  constructor(deps: BroadcastEngineDeps) {
    this.options = { ...DEFAULT_BROADCAST_OPTIONS, ...deps.options };
    this.repos = deps.repositories;
    this.messenger = deps.messenger;
    this.logger = deps.logger;
    this.workerId = deps.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.clock = deps.now ?? systemClock;
    this.limiter =
      deps.budget ??
      new RateLimiter({ ratePerSecond: this.options.ratePerSecond, now: () => millis(this.clock) });
    this.retryPolicy = new RetryPolicy({
      maxAttempts: this.options.maxAttempts,
      baseDelayMs: this.options.baseBackoffMs,
      maxDelayMs: this.options.maxBackoffMs,
      maxRetryAfterMs: this.options.maxBackoffMs * 5,
      random: deps.random,
      clock: this.clock,
    });
    // Every request waiting for its turn listens for stop(); that is up to `concurrency` listeners, not a leak.
    setMaxListeners(Math.max(10, this.options.concurrency * 2 + 10), this.abort.signal);
    this.lease = new BroadcastLease(
      this.repos.leases,
      BROADCAST_LEASE_NAME,
      this.workerId,
      this.options.leaseMs,
      this.logger,
      this.clock,
    );
    this.progress = new ProgressReporter(
      this.repos.deliveries,
      this.options.progressIntervalMs,
      this.clock,
      this.logger,
      deps.onProgress,
    );
  }

  /** True once stop() was called: no new work. */
  get stopping(): boolean {
    return this.abort.signal.aborted;
  }

  /** Takes no new work and wakes everything waiting for its turn or pausing. */
  stop(): void {
    this.abort.abort();
  }

  /** True while this instance may go on working: not stopping, and the lease is still ours. */
  mayWork(): boolean {
    return !this.stopping && this.lease.isValid();
  }

  /** Milliseconds since the epoch, by the engine's clock. */
  nowMs(): number {
    return millis(this.clock);
  }

  /** Claims older than this are stale: their holder stopped renewing them a lease time ago. */
  staleBefore(): Date {
    return new Date(this.nowMs() - this.options.leaseMs);
  }

  /** Most deliveries read at a time: about half a second of work at the full rate. */
  batchSize(): number {
    return Math.max(this.options.concurrency, Math.ceil(this.options.ratePerSecond / 2));
  }

  /** Waits for this conversation's turn under the rate limits; false when the engine stops meanwhile. */
  async waitForTurn(conversationId: string): Promise<boolean> {
    try {
      await this.limiter.acquire(conversationId, this.abort.signal);
      return true;
    } catch (err) {
      if (err instanceof AbortedError) return false;
      throw err;
    }
  }

  /** Waits `ms`, or less if the engine stops. */
  async pause(ms: number): Promise<void> {
    try {
      await sleep(ms, this.abort.signal);
    } catch (err) {
      if (!(err instanceof AbortedError)) throw err;
    }
  }

  /** The message for an announcement's current version (built once per version). */
  activityFor(announcement: Announcement): OutgoingActivity {
    const key = `${announcement.id}:${announcement.version}`;
    if (this.cachedActivity?.key !== key) {
      this.cachedActivity = { key, activity: createAnnouncementActivity(announcement) };
    }
    return this.cachedActivity.activity;
  }

  /**
   * Retries a store write with backoff for up to `forMs` (a few attempts by default): losing a markSent would mean
   * sending twice, so that one keeps trying for as long as a lease lasts.
   */
  async persist(write: () => Promise<void>, forMs = 1000): Promise<void> {
    const deadline = this.nowMs() + forMs;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await write();
        return;
      } catch (err) {
        const delay = Math.min(2000, 100 * 2 ** (attempt - 1));
        if (this.nowMs() + delay > deadline) throw err;
        this.logger.warn({ err, attempt }, 'store write failed; retrying');
        await sleep(delay);
      }
    }
  }

  /** Marks every pending delivery nobody is working on as failed (cancel, recall). */
  async failUnclaimedPending(announcementId: string, reason: DeliveryReason): Promise<number> {
    let failed = 0;
    for (;;) {
      const claimed = await this.repos.deliveries.claimPending(
        announcementId,
        `${this.workerId}:cleanup`,
        this.options.pageSize,
        this.staleBefore(),
      );
      if (claimed.length === 0) return failed;
      for (const d of claimed)
        await this.repos.deliveries.markFailed(announcementId, d.conversationId, reason);
      failed += claimed.length;
    }
  }
}
