import type { Announcement, PendingOperation } from '../model/announcement';
import type { DeliveryReason } from '../model/delivery-reason';
import type { BroadcastContext } from './broadcast-context';
import { MessengerError } from './messenger-error';
import { OperationPump, type PumpOutcome } from './operation-pump';

/** A delivery being worked on (sent, updated or deleted), with the attempts made so far. */
export interface Job {
  conversationId: string;
  /** Failed attempts so far (a 429 is not one: see `throttles`). */
  attempts: number;
  /** 429s so far: Teams asking to slow down does not use up an attempt (retry-policy.ts). */
  throttles?: number;
  /** Attempts recorded in the store when claimed; release() counts one more only if we tried. */
  storedAttempts: number;
  /** The message sent earlier, for an update or a delete. */
  activityId?: string;
  /** Set once the message went out, so a retry only records it (never sends it again). */
  sent?: { activityId?: string; version: number };
  /** Where to send it, when the claim carried the conversation reference (else the installation is read). */
  reference?: Record<string, unknown>;
}

/** State shared by the handlers of one pass over one announcement. */
export interface Run {
  announcement: Announcement;
  inFlight: Set<string>;
  /**
   * Recipients finished while a claim or page read was under way: that read may still return them as pending (or
   * of an older version), so they are skipped. Cleared at the start of each read, so it stays small.
   */
  finishedDuringRead: Set<string>;
  /** Set when the pass must stop taking work (cancelled, recalled, newer version, lease lost). */
  halted: boolean;
}

/** How a pass ended. */
export type PassEnding = 'finished' | 'cancelled' | 'recalled' | 'interrupted';

/** What a pass does: where its jobs come from, what it does with each, and how it ends. */
export interface DeliverySource {
  /** Names the pass in logs. */
  readonly operation: 'send' | PendingOperation;
  /** Jobs to keep queued right now. */
  wanted(): number;
  /** Reads up to `limit` jobs from the store; `exhausted` when it has nothing more right now. */
  read(limit: number): Promise<{ jobs: Job[]; exhausted: boolean }>;
  /** Nothing left to read and no job under way: end the pass, look again at once, or wait a moment. */
  drained(): Promise<PassEnding | 'again' | 'wait'>;
  /** The announcement as just re-read: the pass goes on with it, or ends because it changed. */
  refreshed(fresh: Announcement | null): PassEnding | 'continue';
  /** One attempt at one job. */
  handle(job: Job): Promise<PumpOutcome>;
  /** Called for each job that is done. */
  onDone?(job: Job): void;
  /** After the pump stopped: settles the jobs it hands back, and whatever the ending asks for. */
  wrapUp(unfinished: Job[], ending: PassEnding): Promise<void>;
}

/** A new run over an announcement. */
export function newRun(announcement: Announcement): Run {
  return { announcement, inFlight: new Set(), finishedDuringRead: new Set(), halted: false };
}

/** Takes a job from a store read into the run, unless it is being worked on or was just finished. */
function accept(run: Run, conversationId: string): boolean {
  if (run.inFlight.has(conversationId) || run.finishedDuringRead.has(conversationId)) return false;
  run.inFlight.add(conversationId);
  return true;
}

/** A job is done (its new state is stored). */
function finish(run: Run, conversationId: string): void {
  run.inFlight.delete(conversationId);
  run.finishedDuringRead.add(conversationId);
}

/**
 * The one delivery pass, for sending, editing and recalling: read jobs from the store, queue them, work them
 * through the pump under the rate limits, record each, and end when the source is drained, the announcement
 * changes, the lease is lost or the engine stops. The final progress report goes out whatever the ending.
 */
export async function runDeliveryPass(
  ctx: BroadcastContext,
  run: Run,
  source: DeliverySource,
): Promise<void> {
  const id = run.announcement.id;
  const pump = new OperationPump<Job>(
    ctx.options.concurrency,
    async (job) => {
      const outcome = await source.handle(job);
      if (outcome.kind === 'done') {
        finish(run, job.conversationId);
        source.onDone?.(job);
      }
      // The lease slipped for a moment while the pass goes on. Kept as abandoned, the job would stay in this pass's
      // in-flight set until shutdown, so a later read of the same recipient was refused and the pass never ended.
      if (outcome.kind === 'abandoned' && !run.halted && !ctx.stopping) {
        // It went out: record it once the lease is back (never send it again).
        if (job.sent) return { kind: 'retry', delayMs: 1000 };
        // Nothing went out: drop it; it is read again later (a stale claim, or the next page from the start).
        run.inFlight.delete(job.conversationId);
        return { kind: 'done' };
      }
      return outcome;
    },
    (job, err) => {
      run.inFlight.delete(job.conversationId);
      ctx.logger.error(
        { err, announcementId: id, conversationId: job.conversationId, operation: source.operation },
        'delivery work failed; tried again on a later read',
      );
    },
  );
  let ending: PassEnding = 'interrupted';
  let lastRefresh = ctx.nowMs();
  try {
    for (;;) {
      if (!ctx.mayWork()) break;
      if (ctx.nowMs() - lastRefresh >= ctx.options.refreshMs) {
        lastRefresh = ctx.nowMs();
        const fresh = await ctx.repos.announcements.get(id);
        const verdict = source.refreshed(fresh);
        if (verdict !== 'continue') {
          ending = verdict;
          break;
        }
        if (fresh) run.announcement = fresh;
      }
      ctx.progress.schedule(run.announcement);
      const wanted = source.wanted();
      if (pump.queued < wanted) {
        run.finishedDuringRead.clear();
        const { jobs, exhausted } = await source.read(wanted);
        let added = 0;
        for (const job of jobs) {
          if (!accept(run, job.conversationId)) continue;
          pump.add(job);
          added += 1;
        }
        if (!exhausted && added > 0) continue;
        if (exhausted && pump.size === 0) {
          const next = await source.drained();
          if (next === 'again') continue;
          if (next !== 'wait') {
            ending = next;
            break;
          }
        }
      }
      await pump.waitForProgress(50);
    }
  } finally {
    run.halted = true;
    const unfinished = await pump.shutdown();
    await source.wrapUp(unfinished, ending);
    const latest = (await ctx.repos.announcements.get(id)) ?? run.announcement;
    await ctx.progress.report(latest, true);
  }
}

/**
 * Applies the retry policy to a failed request: retry later, or give up. A failed send is recorded on the
 * delivery and a 403/404 deactivates the installation; a failed edit or recall only deactivates on 403 (a 404
 * there may just mean the message is gone).
 */
export async function handleFailure(
  ctx: BroadcastContext,
  announcementId: string,
  job: Job,
  err: unknown,
  mode: 'send' | 'followUp',
): Promise<PumpOutcome & { reason?: DeliveryReason }> {
  if (err instanceof MessengerError && err.status === 429) job.throttles = (job.throttles ?? 0) + 1;
  else job.attempts += 1;
  const decision = ctx.retryPolicy.decide(err, { attempts: job.attempts, throttles: job.throttles });
  if (decision.throttled) ctx.limiter.throttled();
  if (decision.action === 'retry') {
    ctx.logger.debug(
      {
        announcementId,
        conversationId: job.conversationId,
        attempt: job.attempts,
        throttles: job.throttles,
        delayMs: decision.delayMs,
        err,
      },
      'transient Teams error; retrying',
    );
    return { kind: 'retry', delayMs: decision.delayMs };
  }
  ctx.logger.warn(
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
    await ctx.persist(() =>
      ctx.repos.deliveries.markFailed(announcementId, job.conversationId, decision.reason),
    );
  }
  const lostAccess =
    mode === 'send' ? decision.deactivate : err instanceof MessengerError && err.status === 403;
  if (lostAccess) {
    try {
      await ctx.repos.installations.deactivate(job.conversationId);
    } catch (deactivateErr) {
      ctx.logger.warn(
        { err: deactivateErr, conversationId: job.conversationId },
        'could not deactivate installation',
      );
    }
  }
  return { kind: 'done', reason: decision.reason };
}
