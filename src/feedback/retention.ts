import type { Logger } from '../logger';
import type { FeedbackRepository, UnansweredRepository } from '../data/repositories';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one retention run deleted. */
export interface RetentionResult {
  cutoff: Date;
  feedback: number;
  unanswered: number;
}

/**
 * Deletes feedback and unanswered questions older than FEEDBACK_RETENTION_DAYS: once at start, then daily. Stored
 * data is never kept longer than that (the portable replacement for a TTL index, which Cosmos DB and FerretDB lack).
 */
export class FeedbackRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly repos: { feedback: FeedbackRepository; unanswered: UnansweredRepository },
    private readonly retentionDays: number,
    private readonly logger: Logger,
    private readonly options: { intervalMs?: number; now?: () => Date } = {},
  ) {}

  /** Deletes everything created before `now` minus the retention period. */
  async runOnce(now: Date = this.options.now?.() ?? new Date()): Promise<RetentionResult> {
    const cutoff = new Date(now.getTime() - this.retentionDays * DAY_MS);
    const feedback = await this.repos.feedback.deleteOlderThan(cutoff);
    const unanswered = await this.repos.unanswered.deleteOlderThan(cutoff);
    this.logger[feedback + unanswered > 0 ? 'info' : 'debug'](
      { cutoff: cutoff.toISOString(), feedback, unanswered, retentionDays: this.retentionDays },
      'Retention: deleted old feedback and unanswered questions',
    );
    return { cutoff, feedback, unanswered };
  }

  /** Runs now and then every day (the timer does not keep the process alive). */
  start(): void {
    if (this.timer) return;
    this.runLogged();
    this.timer = setInterval(() => this.runLogged(), this.options.intervalMs ?? DAY_MS);
    this.timer.unref();
  }

  /** Stops the daily runs and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private runLogged(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((err: unknown) => {
        // The store may be down; the next daily run tries again.
        this.logger.warn({ err }, 'Retention run failed; it is tried again on the next scheduled run');
      })
      .finally(() => {
        this.running = undefined;
      });
  }
}
