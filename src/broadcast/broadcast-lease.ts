import type { Logger } from '../logger';
import type { LeaseRepository } from '../data/repositories';
import { type Clock, millis, systemClock } from './clock';

/**
 * The 'broadcast' lease held by this instance while it sends: renewed in the background every third of its
 * time-to-live. isValid() turns false before the lease could have expired in the store, so this instance stops
 * sending before another one may take over.
 */
export class BroadcastLease {
  private validUntil = 0;
  private renewTimer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;

  constructor(
    private readonly leases: LeaseRepository,
    private readonly name: string,
    private readonly owner: string,
    private readonly ttlMs: number,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Takes (or renews) the lease; true when this instance holds it. Starts background renewal. */
  async acquire(): Promise<boolean> {
    const ok = await this.tryRenew();
    if (ok && this.renewTimer === undefined) {
      this.renewTimer = setInterval(
        () => {
          this.renewing ??= this.renewInBackground().finally(() => {
            this.renewing = undefined;
          });
        },
        Math.max(50, Math.floor(this.ttlMs / 3)),
      );
      this.renewTimer.unref();
    }
    return ok;
  }

  /** True while the lease is certainly still ours (a safety margin before its expiry in the store). */
  isValid(now: number = millis(this.clock)): boolean {
    return now < this.validUntil;
  }

  /** Stops renewing and gives the lease up, so another instance can take over at once. */
  async release(): Promise<void> {
    if (this.renewTimer !== undefined) clearInterval(this.renewTimer);
    this.renewTimer = undefined;
    await this.renewing;
    const held = this.validUntil > millis(this.clock);
    this.validUntil = 0;
    if (!held) return;
    try {
      await this.leases.release(this.name, this.owner);
    } catch (err) {
      // Not fatal: the lease simply expires after its time-to-live.
      this.logger.warn({ err, lease: this.name }, 'could not release the broadcast lease; it will expire');
    }
  }

  private async tryRenew(): Promise<boolean> {
    const started = millis(this.clock);
    const ok = await this.leases.acquire(this.name, this.owner, this.ttlMs, new Date(started));
    // Count from before the call, minus a margin for clock drift between instances.
    if (ok) this.validUntil = started + this.ttlMs - Math.min(1000, this.ttlMs / 10);
    return ok;
  }

  private async renewInBackground(): Promise<void> {
    try {
      const ok = await this.tryRenew();
      if (!ok) {
        this.logger.warn(
          { lease: this.name, owner: this.owner },
          'broadcast lease taken by another instance',
        );
        this.validUntil = 0;
      }
    } catch (err) {
      this.logger.warn({ err, lease: this.name }, 'could not renew the broadcast lease; retrying');
    }
  }
}
