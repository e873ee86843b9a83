import type { Announcement } from '../model/announcement';
import { decideTransition } from './announcement-transitions';
import type { BroadcastContext } from './broadcast-context';
import { applyFollowUp } from './follow-up-pass';
import { sendAll } from './send-pass';

/**
 * The loop that finds work and does it under the 'broadcast' lease: due scheduled announcements, sendings, edits
 * and recalls. One run at a time per instance; a kick during a run makes it look again afterwards. The periodic
 * tick is also how a standby instance notices a dead sender and takes over once its lease expires.
 */
export class BroadcastScheduler {
  private running: Promise<void> | undefined;
  private rerun = false;
  private ticker: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: BroadcastContext) {}

  /** Looks for due and unfinished work every tickMs. */
  start(): void {
    if (this.ticker !== undefined || this.ctx.stopping) return;
    this.ticker = setInterval(() => this.kick(), this.ctx.options.tickMs);
    this.ticker.unref();
  }

  /** Makes sure a run looks for work now (or right after the current one). */
  kick(): void {
    if (this.ctx.stopping) return;
    this.rerun = true;
    if (this.running) return;
    this.running = (async () => {
      try {
        while (this.rerun && !this.ctx.stopping) {
          this.rerun = false;
          await this.runOnce();
        }
      } catch (err) {
        this.ctx.logger.error({ err }, 'broadcast run failed; retrying later');
        this.retryLater(this.ctx.options.tickMs);
      } finally {
        this.running = undefined;
      }
    })();
  }

  /** Resolves when no run is going on in this instance. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No new runs: clears the timers (the context's stop signal ends the run under way). */
  stop(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
  }

  private retryLater(ms: number): void {
    if (this.ctx.stopping || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.kick();
    }, ms);
    this.retryTimer.unref();
  }

  /** One pass: take the lease if there is work, and work until nothing is left or the lease is lost. */
  private async runOnce(): Promise<void> {
    const { ctx } = this;
    let work = await ctx.repos.announcements.listUnfinished(ctx.clock());
    if (work.length === 0) return;
    if (!(await ctx.lease.acquire())) {
      // Another instance sends; look again well within its lease time so we take over soon after it dies.
      this.retryLater(Math.min(ctx.options.tickMs, Math.max(100, Math.floor(ctx.options.leaseMs / 4))));
      return;
    }
    try {
      let previous = '';
      let unchanged = 0;
      while (work.length > 0 && ctx.mayWork()) {
        const key = work.map((a) => `${a.id}:${a.status}:${a.version}:${a.pendingOperation ?? ''}`).join('|');
        unchanged = key === previous ? unchanged + 1 : 0;
        previous = key;
        if (unchanged >= 3) {
          ctx.logger.warn({ announcements: key }, 'broadcast work makes no progress; trying again later');
          this.retryLater(ctx.options.tickMs);
          break;
        }
        for (const announcement of work) {
          if (!ctx.mayWork()) break;
          await this.process(announcement);
        }
        work = await ctx.repos.announcements.listUnfinished(ctx.clock());
      }
      if (!ctx.stopping && !ctx.lease.isValid()) this.retryLater(Math.floor(ctx.options.leaseMs / 4));
    } finally {
      await ctx.lease.release();
    }
  }

  /** Starts a due scheduled announcement, sends one being sent, then applies its pending edit or recall. */
  private async process(listed: Announcement): Promise<void> {
    const { ctx } = this;
    let announcement: Announcement | null = listed;
    if (announcement.status === 'scheduled') {
      if (announcement.scheduledAt === undefined || announcement.scheduledAt > ctx.clock()) return;
      const due = decideTransition('due', announcement.status);
      if (due.kind !== 'apply') return;
      announcement = await ctx.repos.announcements.update(announcement.id, { status: due.to }, 'scheduled');
      if (!announcement) return;
      ctx.logger.info({ announcementId: announcement.id }, 'scheduled announcement is due; sending');
    }
    if (announcement.status === 'sending') await sendAll(ctx, announcement);
    announcement = await ctx.repos.announcements.get(listed.id);
    if (announcement?.pendingOperation !== undefined && ctx.mayWork()) {
      await applyFollowUp(ctx, announcement, announcement.pendingOperation);
    }
  }
}
