/** Settings of an AIMD rate: the ceiling, and how it falls on 429 and climbs back. */
export interface AimdSettings {
  /** Ceiling of the rate, requests per second. */
  ratePerSecond: number;
  /** The rate never drops below this after 429s. */
  minRatePerSecond?: number;
  /** Seconds to climb back from the floor to the ceiling after the last 429 (additive increase). */
  recoverySeconds?: number;
  /** Shortest time between two halvings, so one burst of 429s halves the rate once. */
  decreaseCooldownMs?: number;
}

/** Where the rate stood after its last change: what instances sharing a budget tell each other. */
export interface AimdState {
  rateAtChange: number;
  /** Milliseconds since the epoch. */
  changedAt: number;
}

/** A rate that halves when Teams answers 429 (at most once per cooldown) and climbs back linearly to its ceiling. */
export class AimdRate {
  readonly ceiling: number;
  private readonly floor: number;
  private readonly increasePerMs: number;
  private readonly cooldownMs: number;
  private state: AimdState;
  private lastDecrease = Number.NEGATIVE_INFINITY;

  constructor(settings: AimdSettings) {
    this.ceiling = settings.ratePerSecond;
    this.floor = Math.min(settings.minRatePerSecond ?? 1, this.ceiling);
    this.increasePerMs = (this.ceiling - this.floor) / ((settings.recoverySeconds ?? 10) * 1000);
    this.cooldownMs = settings.decreaseCooldownMs ?? 1000;
    this.state = { rateAtChange: this.ceiling, changedAt: 0 };
  }

  /** The rate at `now`, in requests per second. */
  current(now: number): number {
    const { rateAtChange, changedAt } = this.state;
    return Math.min(this.ceiling, rateAtChange + Math.max(0, now - changedAt) * this.increasePerMs);
  }

  /** Halves the rate unless it was lowered within the cooldown; returns the new state when it changed. */
  decrease(now: number): AimdState | undefined {
    if (now - this.lastDecrease < this.cooldownMs) return undefined;
    this.state = { rateAtChange: Math.max(this.floor, this.current(now) / 2), changedAt: now };
    this.lastDecrease = now;
    return this.state;
  }

  /** Takes a state another instance wrote, when it is newer than this one's; its halving starts the cooldown. */
  adopt(state: AimdState): void {
    if (state.changedAt <= this.state.changedAt) return;
    this.state = {
      rateAtChange: Math.min(this.ceiling, Math.max(this.floor, state.rateAtChange)),
      changedAt: state.changedAt,
    };
    this.lastDecrease = Math.max(this.lastDecrease, state.changedAt);
  }
}
