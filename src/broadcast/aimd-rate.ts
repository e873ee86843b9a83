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
  /**
   * Share of the requests the rate allows in two seconds that must be answered 429 within two seconds (and at least
   * 3) before the rate is halved; 0.05 by default. A lone 429 is waited out by its own request (Retry-After).
   */
  throttledShareToDecrease?: number;
}

/** How far back 429s are counted to tell a burst (the rate is too high) from a lone one. */
const THROTTLE_WINDOW_MS = 2000;
const MIN_THROTTLES_TO_DECREASE = 3;

/** Where the rate stood after its last change: what instances sharing a budget tell each other. */
export interface AimdState {
  rateAtChange: number;
  /** Milliseconds since the epoch. */
  changedAt: number;
}

/**
 * A rate that halves when Teams answers 429 in a burst (at most once per cooldown) and climbs back linearly to its
 * ceiling. Teams answers 429 now and then also below its limit; halving on each of those (1 % of the requests) kept
 * the rate near half its ceiling, since a halving takes seconds to climb back from.
 */
export class AimdRate {
  readonly ceiling: number;
  private readonly floor: number;
  private readonly increasePerMs: number;
  private readonly cooldownMs: number;
  private state: AimdState;
  private lastDecrease = Number.NEGATIVE_INFINITY;
  private readonly throttledShare: number;
  /** When the 429s of the last THROTTLE_WINDOW_MS came. */
  private readonly throttles: number[] = [];

  constructor(settings: AimdSettings) {
    this.ceiling = settings.ratePerSecond;
    this.floor = Math.min(settings.minRatePerSecond ?? 1, this.ceiling);
    this.increasePerMs = (this.ceiling - this.floor) / ((settings.recoverySeconds ?? 10) * 1000);
    this.cooldownMs = settings.decreaseCooldownMs ?? 1000;
    this.throttledShare = settings.throttledShareToDecrease ?? 0.05;
    this.state = { rateAtChange: this.ceiling, changedAt: 0 };
  }

  /** The rate at `now`, in requests per second. */
  current(now: number): number {
    const { rateAtChange, changedAt } = this.state;
    return Math.min(this.ceiling, rateAtChange + Math.max(0, now - changedAt) * this.increasePerMs);
  }

  /**
   * Counts a 429; halves the rate when they come in a burst, unless it was lowered within the cooldown. Returns the
   * new state when it changed.
   */
  decrease(now: number): AimdState | undefined {
    this.throttles.push(now);
    while (this.throttles.length > 0 && (this.throttles[0] as number) <= now - THROTTLE_WINDOW_MS)
      this.throttles.shift();
    const allowed = (this.current(now) * THROTTLE_WINDOW_MS) / 1000;
    if (this.throttles.length < Math.max(MIN_THROTTLES_TO_DECREASE, this.throttledShare * allowed))
      return undefined;
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
