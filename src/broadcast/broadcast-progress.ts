import type { Logger } from '../logger';
import type { DeliveryRepository } from '../data/repositories';
import type { Announcement, DeliveryCounts } from '../model/announcement';
import { type Clock, millis } from './clock';

/** One progress report, for updating the author's status card in place. */
export interface BroadcastProgress {
  announcement: Announcement;
  counts: DeliveryCounts;
  /** True for the last report of a run (sent, cancelled, recalled, edit applied, or this instance stopping). */
  final: boolean;
}

/** Receives progress reports (the status card, a benchmark, a test). */
export type ProgressListener = (progress: BroadcastProgress) => Promise<void> | void;

/**
 * Reports the delivery counts of announcements to a listener: throttled while a run goes on (at most every
 * intervalMs per announcement, and never two at once), and once at the end of each run.
 */
export class ProgressReporter {
  private readonly nextAt = new Map<string, number>();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly deliveries: Pick<DeliveryRepository, 'counts'>,
    private readonly intervalMs: number,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly listener?: ProgressListener,
  ) {}

  /** Fires a throttled report without waiting for it. */
  schedule(announcement: Announcement): void {
    if (!this.listener) return;
    const next = this.nextAt.get(announcement.id) ?? 0;
    if (millis(this.clock) < next || this.inFlight.has(announcement.id)) return;
    void this.report(announcement, false);
  }

  /** Reports now; failures are logged, never thrown (progress is best effort). */
  async report(announcement: Announcement, final: boolean): Promise<void> {
    if (!this.listener) return;
    const started = millis(this.clock);
    this.nextAt.set(announcement.id, started + this.intervalMs);
    this.inFlight.add(announcement.id);
    try {
      const counts = await this.deliveries.counts(announcement.id);
      // Counting reads every delivery of the announcement: spend at most a tenth of the time on it.
      const took = millis(this.clock) - started;
      this.nextAt.set(announcement.id, started + Math.max(this.intervalMs, took * 10));
      await this.listener({ announcement, counts, final });
    } catch (err) {
      this.logger.warn({ err, announcementId: announcement.id }, 'progress report failed');
    } finally {
      this.inFlight.delete(announcement.id);
      if (final) this.nextAt.delete(announcement.id);
    }
  }
}
