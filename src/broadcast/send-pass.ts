import type { InstallationRecord } from '../data/repositories';
import type { Announcement } from '../model/announcement';
import type { DeliveryReason } from '../model/delivery-reason';
import { decideTransition } from './announcement-transitions';
import { expandAudience } from './audience-expansion';
import type { BroadcastContext } from './broadcast-context';
import { handleFailure, type Job, newRun, type PassEnding, type Run, runDeliveryPass } from './delivery-pass';
import type { PumpOutcome } from './operation-pump';

/** Completions per second over the last two seconds. */
class CompletionMeter {
  private readonly stamps: number[] = [];

  constructor(private readonly nowMs: () => number) {}

  record(): void {
    const now = this.nowMs();
    this.stamps.push(now);
    this.trim(now);
  }

  perSecond(): number {
    this.trim(this.nowMs());
    return this.stamps.length / 2;
  }

  private trim(now: number): void {
    while (this.stamps.length > 0 && (this.stamps[0] as number) <= now - 2000) this.stamps.shift();
  }
}

/**
 * Sends an announcement that is being sent to every recipient not reached yet: expands the audience into
 * deliveries (alongside), claims pending ones, sends each once, and marks the announcement sent when none is
 * pending. Stopped by a cancel or recall, it fails what is left with that reason.
 */
export async function sendAll(ctx: BroadcastContext, announcement: Announcement): Promise<void> {
  const id = announcement.id;
  const run = newRun(announcement);
  let expanded = false;
  let expansionError: unknown;
  const expansion = expandAudience(ctx, run).then(
    () => {
      expanded = true;
    },
    (err: unknown) => {
      expansionError = err;
      expanded = true;
    },
  );
  const completions = new CompletionMeter(() => ctx.nowMs());
  /** Half a second of the rate actually achieved (plus one round of workers): a slow store keeps claims fresh. */
  const queueTarget = (): number =>
    Math.min(ctx.batchSize(), Math.ceil(completions.perSecond() / 2) + ctx.options.concurrency);

  await runDeliveryPass(ctx, run, {
    operation: 'send',
    wanted: queueTarget,
    async read(limit) {
      const claimed = await ctx.repos.deliveries.claimPending(id, ctx.workerId, limit, ctx.staleBefore());
      const jobs = claimed.map((d) => ({
        conversationId: d.conversationId,
        attempts: d.attempts,
        storedAttempts: d.attempts,
        reference: d.reference,
      }));
      return { jobs, exhausted: claimed.length === 0 };
    },
    async drained() {
      if (!expanded) return 'wait';
      if (expansionError !== undefined) throw expansionError;
      const counts = await ctx.repos.deliveries.counts(id);
      if (counts.pending === 0) {
        const complete = decideTransition('complete', run.announcement.status);
        if (complete.kind !== 'apply') return 'cancelled';
        const done = await ctx.repos.announcements.update(
          id,
          { status: complete.to, sentAt: ctx.clock() },
          run.announcement.status,
        );
        if (!done) return 'cancelled';
        run.announcement = done;
        ctx.logger.info({ announcementId: id, ...counts }, 'announcement sent to everyone');
        return 'finished';
      }
      // Pending deliveries claimed by an instance that died: they become free when their claim is stale.
      await ctx.pause(Math.min(1000, Math.max(50, ctx.options.leaseMs / 10)));
      return 'again';
    },
    refreshed(fresh) {
      if (fresh?.status === 'sending') return 'continue';
      return fresh?.status === 'recalled' ? 'recalled' : 'cancelled';
    },
    handle: (job) => sendOne(ctx, run, job),
    onDone: () => completions.record(),
    async wrapUp(unfinished, ending) {
      await expansion;
      await settleUnsent(ctx, id, unfinished, ending);
    },
  });
}

/** After a send pass: records what went out, fails or releases the rest, as the ending asks. */
async function settleUnsent(
  ctx: BroadcastContext,
  id: string,
  unfinished: Job[],
  ending: PassEnding,
): Promise<void> {
  const stopped = ending === 'cancelled' || ending === 'recalled';
  const reason: DeliveryReason = ending === 'recalled' ? 'recalled' : 'cancelled';
  for (const job of unfinished) {
    if (job.sent) {
      // Went out, not recorded yet: one last try; never release it (that would send it again).
      const outcome = await recordSent(ctx, id, job);
      if (outcome.kind !== 'done') {
        ctx.logger.error(
          { announcementId: id, conversationId: job.conversationId },
          'sent message left unrecorded',
        );
      }
    } else if (stopped) {
      await ctx.repos.deliveries.markFailed(id, job.conversationId, reason);
    } else {
      await ctx.repos.deliveries.release(id, job.conversationId, job.attempts > job.storedAttempts);
    }
  }
  if (stopped) await ctx.failUnclaimedPending(id, reason);
  else if (ending === 'interrupted') await ctx.repos.deliveries.releaseClaims(id, ctx.workerId);
}

/** One attempt to send to one recipient. */
async function sendOne(ctx: BroadcastContext, run: Run, job: Job): Promise<PumpOutcome> {
  const id = run.announcement.id;
  if (run.halted || !ctx.lease.isValid()) return { kind: 'abandoned' };
  if (job.sent) return recordSent(ctx, id, job);
  let reference = job.reference;
  if (reference === undefined) {
    let installation: InstallationRecord | null;
    try {
      installation = await ctx.repos.installations.get(job.conversationId);
    } catch (err) {
      // Nothing was sent: safe to try again a little later (the lease bounds how long, if the store is down).
      ctx.logger.warn(
        { err, announcementId: id, conversationId: job.conversationId },
        'store read failed; retrying',
      );
      return { kind: 'retry', delayMs: 1000 };
    }
    if (!installation || !installation.active) {
      await ctx.persist(() => ctx.repos.deliveries.markFailed(id, job.conversationId, 'not_installed'));
      return { kind: 'done' };
    }
    reference = installation.reference;
  }
  if (!(await ctx.waitForTurn(job.conversationId))) return { kind: 'abandoned' };
  // The announcement may have been cancelled, or the lease lost, while this waited for its turn.
  if (run.halted || !ctx.lease.isValid()) return { kind: 'abandoned' };
  const announcement = run.announcement;
  let activityId: string | undefined;
  try {
    activityId = (await ctx.messenger.send(reference, ctx.activityFor(announcement))).activityId;
  } catch (err) {
    return handleFailure(ctx, id, job, err, 'send');
  }
  job.sent = { activityId, version: announcement.version };
  return recordSent(ctx, id, job);
}

/**
 * Records a sent message. If the store will not take it, the job is retried later without sending again (it stays
 * in this run's in-flight set meanwhile), so a slow or flaky store never causes a second message.
 */
async function recordSent(ctx: BroadcastContext, announcementId: string, job: Job): Promise<PumpOutcome> {
  const sent = job.sent as NonNullable<Job['sent']>;
  try {
    await ctx.persist(() =>
      ctx.repos.deliveries.markSent(announcementId, job.conversationId, sent.activityId, sent.version),
    );
    return { kind: 'done' };
  } catch (err) {
    ctx.logger.warn(
      { err, announcementId, conversationId: job.conversationId },
      'message sent but not yet recorded as sent; trying again',
    );
    return { kind: 'retry', delayMs: 1000 };
  }
}
