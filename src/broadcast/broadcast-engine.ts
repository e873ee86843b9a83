import {
  type Announcement,
  type AnnouncementContent,
  type DeliveryCounts,
  parseAnnouncementContent,
} from '../model/announcement';
import { createAnnouncementCard } from '../cards/announcement-card';
import {
  type AnnouncementAction,
  announcementNotFound,
  changedMeanwhile,
  decideTransition,
} from './announcement-transitions';
import { BroadcastContext, type BroadcastEngineDeps } from './broadcast-context';
import { BroadcastScheduler } from './broadcast-scheduler';

export {
  BROADCAST_LEASE_NAME,
  type BroadcastEngineDeps,
  type BroadcastRepositories,
} from './broadcast-context';
export type { BroadcastProgress } from './broadcast-progress';

/** Result of acknowledge(). */
export interface AcknowledgeResult {
  /** False when this conversation had already confirmed (the call is idempotent). */
  recorded: boolean;
  announcement: Announcement;
  /** The announcement card showing "Lest ✓", to answer the Action.Execute invoke with in a personal chat. */
  card: Record<string, unknown>;
}

/**
 * Sends announcements to everyone who has the bot, within Teams' rate limits, once per recipient: one delivery
 * record per recipient, claimed before sending and marked after; one instance at a time holds the 'broadcast'
 * lease. Also applies edits (update everywhere) and recalls (delete everywhere) through the same limiter.
 *
 * This class is the front: it checks each command against the status table (announcement-transitions.ts) and
 * records it; the scheduler (broadcast-scheduler.ts) does the work in the background through one delivery pass
 * (delivery-pass.ts) for sending (send-pass.ts) and for edits and recalls (follow-up-pass.ts).
 */
export class BroadcastEngine {
  private readonly ctx: BroadcastContext;
  private readonly scheduler: BroadcastScheduler;

  constructor(deps: BroadcastEngineDeps) {
    this.ctx = new BroadcastContext(deps);
    this.scheduler = new BroadcastScheduler(this.ctx);
  }

  /** Starts sending a draft or scheduled announcement now. Returns at once; sending goes on in the background. */
  async start(announcementId: string): Promise<Announcement> {
    const current = await this.require(announcementId);
    const updated = await this.apply(current, 'send', {});
    if (updated === current) {
      this.scheduler.kick();
      return current;
    }
    this.ctx.logger.info({ announcementId }, 'announcement sending started');
    this.scheduler.kick();
    return updated;
  }

  /** Schedules a draft (or moves a scheduled announcement) to be sent at `at`. */
  async schedule(announcementId: string, at: Date): Promise<Announcement> {
    const current = await this.require(announcementId);
    const updated = await this.apply(current, 'schedule', { scheduledAt: at });
    if (at <= this.ctx.clock()) this.scheduler.kick();
    return updated;
  }

  /** Stops a scheduled or ongoing sending; recipients not reached yet are marked failed with reason 'cancelled'. */
  async cancel(announcementId: string): Promise<Announcement> {
    const current = await this.require(announcementId);
    const updated = await this.apply(current, 'cancel', {});
    if (updated === current) return current;
    this.ctx.logger.info({ announcementId }, 'announcement cancelled');
    await this.ctx.failUnclaimedPending(announcementId, 'cancelled');
    await this.ctx.progress.report(updated, true);
    return updated;
  }

  /**
   * Changes the content. Before sending it only replaces the draft; once sent, the version is bumped and every
   * message already sent is updated in place (recipients not reached yet get the new version directly).
   */
  async edit(announcementId: string, content: AnnouncementContent): Promise<Announcement> {
    const valid = parseAnnouncementContent(content);
    const current = await this.require(announcementId);
    const sentAlready = current.status === 'sending' || current.status === 'sent';
    const updated = await this.apply(
      current,
      'edit',
      sentAlready
        ? { content: valid, version: current.version + 1, pendingOperation: 'update' }
        : { content: valid, version: current.version + 1 },
    );
    this.ctx.logger.info({ announcementId, version: updated.version }, 'announcement edited');
    if (sentAlready) this.scheduler.kick();
    return updated;
  }

  /**
   * Deletes the announcement from every conversation it reached (and stops sending it). Unsent ones are cancelled.
   * The recall bumps the version; each delivery gets that version once its message is deleted, so a recall that is
   * resumed after a restart skips the conversations already done.
   */
  async recall(announcementId: string): Promise<Announcement> {
    const current = await this.require(announcementId);
    const decision = decideTransition('recall', current.status);
    if (decision.kind === 'instead') return this.cancel(announcementId);
    const updated = await this.apply(current, 'recall', {
      version: current.version + 1,
      pendingOperation: 'delete',
    });
    if (updated === current) return current;
    this.ctx.logger.info({ announcementId }, 'announcement recalled');
    await this.ctx.failUnclaimedPending(announcementId, 'recalled');
    this.scheduler.kick();
    return updated;
  }

  /**
   * Records that a conversation confirmed reading (the "Bekreft lest" button); idempotent. Pass the invoke's
   * conversation.id as it comes: a channel thread's ";messageid=..." suffix is removed here.
   */
  async acknowledge(announcementId: string, conversationId: string): Promise<AcknowledgeResult> {
    const announcement = await this.require(announcementId);
    const conversation = conversationId.split(';messageid=')[0] ?? conversationId;
    const recorded = await this.ctx.repos.deliveries.acknowledge(
      announcementId,
      conversation,
      this.ctx.clock(),
    );
    if (recorded) this.ctx.progress.schedule(announcement);
    const card = createAnnouncementCard(announcement.content, { announcementId, acknowledged: true });
    return { recorded, announcement, card };
  }

  /** Delivery counts of an announcement (for the status card). */
  counts(announcementId: string): Promise<DeliveryCounts> {
    return this.ctx.repos.deliveries.counts(announcementId);
  }

  /** Continues whatever was left at start-up: sending announcements, due scheduled ones, pending edits and recalls. */
  async resumeUnfinished(): Promise<number> {
    const unfinished = await this.ctx.repos.announcements.listUnfinished(this.ctx.clock());
    if (unfinished.length > 0) {
      this.ctx.logger.info({ count: unfinished.length }, 'resuming unfinished announcements');
      this.scheduler.kick();
    }
    return unfinished.length;
  }

  /** Looks for due and unfinished work every tickMs (also how a standby instance notices a dead sender). */
  startScheduler(): void {
    this.scheduler.start();
  }

  /** Resolves when no run is going on in this instance (for tests, benchmarks and shutdown). */
  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle();
  }

  /** Graceful stop: no new work, waits for requests under way, releases unsent claims and the lease. */
  async stop(): Promise<void> {
    this.scheduler.stop();
    this.ctx.stop();
    await this.scheduler.whenIdle();
    await this.ctx.lease.release();
  }

  private async require(id: string): Promise<Announcement> {
    const announcement = await this.ctx.repos.announcements.get(id);
    if (!announcement) throw announcementNotFound();
    return announcement;
  }

  /**
   * Applies an author's command as the status table allows: the announcement as it is when the command is already
   * done, the updated one otherwise (only if nobody changed the status meanwhile). Throws when refused.
   */
  private async apply(
    current: Announcement,
    action: AnnouncementAction,
    changes: Partial<Omit<Announcement, 'id' | 'createdAt'>>,
  ): Promise<Announcement> {
    const decision = decideTransition(action, current.status);
    if (decision.kind === 'already') return current;
    if (decision.kind === 'refused') throw decision.error;
    if (decision.kind === 'instead') throw new Error(`${action} means ${decision.action} here`);
    const status = decision.to === current.status ? {} : { status: decision.to };
    const updated = await this.ctx.repos.announcements.update(
      current.id,
      { ...status, ...changes },
      current.status,
    );
    if (!updated) throw changedMeanwhile();
    return updated;
  }
}
