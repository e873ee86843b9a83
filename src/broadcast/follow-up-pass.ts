import type { Announcement, PendingOperation } from '../model/announcement';
import type { FollowUpReason } from '../model/delivery-reason';
import type { BroadcastContext } from './broadcast-context';
import { handleFailure, type Job, newRun, type Run, runDeliveryPass } from './delivery-pass';
import { MessengerError } from './messenger-error';
import type { PumpOutcome } from './operation-pump';

/**
 * Updates (edit) or deletes (recall) the message in every conversation that has an older version. Each delivery
 * gets the new version once done, so a pass resumed after a restart skips the conversations already done.
 */
export async function applyFollowUp(
  ctx: BroadcastContext,
  announcement: Announcement,
  operation: PendingOperation,
): Promise<void> {
  const id = announcement.id;
  const version = announcement.version;
  const run = newRun(announcement);
  let cursor: string | undefined;
  ctx.logger.info({ announcementId: id, operation, version }, 'applying change to sent messages');
  await runDeliveryPass(ctx, run, {
    operation,
    wanted: () => ctx.batchSize(),
    async read(limit) {
      const page = await ctx.repos.deliveries.listSent(id, {
        belowVersion: version,
        afterConversationId: cursor,
        limit,
      });
      if (page.length > 0) cursor = page[page.length - 1]?.conversationId;
      const jobs = page.map((d) => ({
        conversationId: d.conversationId,
        attempts: 0,
        storedAttempts: 0,
        activityId: d.activityId,
      }));
      return { jobs, exhausted: page.length < limit };
    },
    async drained() {
      // End of a pass. One more from the start catches messages sent with the old version meanwhile.
      if (cursor === undefined) return 'finished';
      cursor = undefined;
      return 'again';
    },
    // A newer edit or a recall supersedes this pass; the scheduler picks it up.
    refreshed: (fresh) =>
      fresh && fresh.version === version && fresh.pendingOperation === operation ? 'continue' : 'interrupted',
    handle: (job) => followUpOne(ctx, run, operation, job),
    async wrapUp(_unfinished, ending) {
      if (ending === 'finished') await completeFollowUp(ctx, id, version, operation);
    },
  });
}

async function completeFollowUp(
  ctx: BroadcastContext,
  id: string,
  version: number,
  operation: PendingOperation,
): Promise<void> {
  await ctx.repos.announcements.update(id, { pendingOperation: undefined });
  // An edit that landed while we cleared the flag must not be lost.
  const after = await ctx.repos.announcements.get(id);
  if (
    after &&
    after.version > version &&
    after.pendingOperation === undefined &&
    after.status !== 'recalled'
  ) {
    await ctx.repos.announcements.update(id, { pendingOperation: 'update' });
  }
  ctx.logger.info({ announcementId: id, operation, version }, 'change applied to sent messages');
}

/** One attempt to update or delete the message in one conversation. */
async function followUpOne(
  ctx: BroadcastContext,
  run: Run,
  operation: PendingOperation,
  job: Job,
): Promise<PumpOutcome> {
  const announcement = run.announcement;
  const id = announcement.id;
  if (run.halted || !ctx.lease.isValid()) return { kind: 'abandoned' };
  const installation = await ctx.repos.installations.get(job.conversationId);
  const done = async (problem?: FollowUpReason): Promise<PumpOutcome> => {
    await ctx.persist(() =>
      ctx.repos.deliveries.markSent(id, job.conversationId, job.activityId, announcement.version, problem),
    );
    return { kind: 'done' };
  };
  // Nothing to change where we lost access or never learnt the message id.
  if (!installation || !installation.active || job.activityId === undefined) return done();
  if (!(await ctx.waitForTurn(job.conversationId))) return { kind: 'abandoned' };
  if (run.halted || !ctx.lease.isValid()) return { kind: 'abandoned' };
  try {
    if (operation === 'update') {
      await ctx.messenger.update(installation.reference, job.activityId, ctx.activityFor(announcement));
    } else {
      await ctx.messenger.delete(installation.reference, job.activityId);
    }
  } catch (err) {
    const outcome = await handleFailure(ctx, id, job, err, 'followUp');
    if (outcome.kind !== 'done') return outcome;
    // 404 on delete: already gone. Otherwise the recipient keeps the old message; the delivery says so, so that
    // an export shows who still has it (it is not tried again: the reason was final, or retries ran out).
    if (operation === 'delete' && err instanceof MessengerError && err.status === 404) return done();
    return done(operation === 'update' ? 'not_updated' : 'not_removed');
  }
  return done();
}
