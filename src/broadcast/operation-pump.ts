/** What became of one attempt at an item. */
export type PumpOutcome = { kind: 'done' } | { kind: 'retry'; delayMs: number } | { kind: 'abandoned' };

/**
 * Runs item handlers with bounded concurrency. An item to be retried waits on a timer without holding a worker,
 * so backoff never lowers throughput; shutdown() hands back every item that was not finished.
 */
export class OperationPump<T> {
  private readonly ready: T[] = [];
  private readonly delayed = new Map<T, NodeJS.Timeout>();
  private readonly abandoned: T[] = [];
  private active = 0;
  private closed = false;
  private waiters: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly concurrency: number,
    private readonly handle: (item: T) => Promise<PumpOutcome>,
    /** Called when a handler throws: the item is dropped (its claim stays, so it is retried once stale). */
    private readonly onError: (item: T, error: unknown) => void,
  ) {}

  /** Items queued, running or waiting to be retried. */
  get size(): number {
    return this.ready.length + this.active + this.delayed.size;
  }

  /** Items waiting for a free worker. */
  get queued(): number {
    return this.ready.length;
  }

  add(item: T): void {
    if (this.closed) {
      this.abandoned.push(item);
      return;
    }
    this.ready.push(item);
    this.dispatch();
  }

  /** Resolves when any item finishes or is rescheduled, or after `timeoutMs`. */
  waitForProgress(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const waiter = (): void => done();
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.push(waiter);
    });
  }

  /** Stops taking work: waits for running handlers, then returns every unfinished item (queued, delayed, abandoned). */
  async shutdown(): Promise<T[]> {
    this.closed = true;
    for (const [item, timer] of this.delayed) {
      clearTimeout(timer);
      this.abandoned.push(item);
    }
    this.delayed.clear();
    this.abandoned.push(...this.ready.splice(0));
    while (this.running.size > 0) await Promise.all([...this.running]);
    return this.abandoned.splice(0);
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private dispatch(): void {
    while (!this.closed && this.active < this.concurrency && this.ready.length > 0) {
      const item = this.ready.shift() as T;
      this.active += 1;
      const run = this.runOne(item).finally(() => {
        this.running.delete(run);
      });
      this.running.add(run);
    }
  }

  private async runOne(item: T): Promise<void> {
    let outcome: PumpOutcome;
    try {
      outcome = await this.handle(item);
    } catch (error) {
      this.onError(item, error);
      outcome = { kind: 'done' };
    }
    this.active -= 1;
    if (outcome.kind === 'retry' && !this.closed) {
      const timer = setTimeout(() => {
        this.delayed.delete(item);
        this.ready.unshift(item);
        this.dispatch();
        this.notify();
      }, outcome.delayMs);
      this.delayed.set(item, timer);
    } else if (outcome.kind !== 'done') {
      this.abandoned.push(item);
    }
    this.notify();
    this.dispatch();
  }
}
