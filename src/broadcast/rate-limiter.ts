import { millis, systemClock } from './clock';

// Own limiter, not a library: bottleneck (no release since 2019) and limiter cannot lower and recover the rate on
// 429 (AIMD) together with a per-conversation window, and p-limit/p-queue v4+ are ESM-only.

/** Settings of the broadcast rate limiter. */
export interface RateLimiterOptions {
  /** Ceiling of the global rate, requests per second (BROADCAST_RATE_PER_SECOND). */
  ratePerSecond: number;
  /** Requests per second to one conversation (Teams allows 7 per thread per second). */
  perConversationPerSecond: number;
  /** The global rate never drops below this after 429s. */
  minRatePerSecond?: number;
  /** Seconds to climb back from the floor to the ceiling after the last 429 (additive increase). */
  recoverySeconds?: number;
  /** Shortest time between two halvings, so one burst of 429s halves the rate once. */
  decreaseCooldownMs?: number;
  /** Milliseconds since the epoch; the machine's clock by default. */
  now?: () => number;
}

/** Thrown by acquire() when its AbortSignal fires. */
export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

/** Resolves after `ms`, or rejects with AbortedError when the signal fires first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const WINDOW_MS = 1000;

/**
 * Paces requests: a global rate with even spacing (each caller reserves the next time slot, so no bursts reach
 * Teams), AIMD on 429 (halve, then climb back linearly), and a sliding one-second window per conversation.
 */
export class RateLimiter {
  private readonly ceiling: number;
  private readonly floor: number;
  private readonly increasePerMs: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private nextSlot = 0;
  private rateAtChange: number;
  private changedAt = 0;
  private lastDecrease = Number.NEGATIVE_INFINITY;
  private readonly conversations = new Map<string, number[]>();
  /** When the last requests actually went (at most `ceiling` of them), to hold the one-second window. */
  private readonly recent: number[] = [];
  private acquiredSincePrune = 0;

  constructor(private readonly options: RateLimiterOptions) {
    this.ceiling = options.ratePerSecond;
    this.floor = Math.min(options.minRatePerSecond ?? 1, this.ceiling);
    this.increasePerMs = (this.ceiling - this.floor) / ((options.recoverySeconds ?? 10) * 1000);
    this.cooldownMs = options.decreaseCooldownMs ?? 1000;
    this.now = options.now ?? (() => millis(systemClock));
    this.rateAtChange = this.ceiling;
  }

  /** The global rate now, in requests per second. */
  currentRate(now: number = this.now()): number {
    return Math.min(this.ceiling, this.rateAtChange + (now - this.changedAt) * this.increasePerMs);
  }

  /** Reports a 429: halves the global rate (at most once per cooldown). */
  throttled(): void {
    const now = this.now();
    if (now - this.lastDecrease < this.cooldownMs) return;
    this.rateAtChange = Math.max(this.floor, this.currentRate(now) / 2);
    this.changedAt = now;
    this.lastDecrease = now;
    // Slots already reserved at the old pace stay; later ones follow the new one.
  }

  /** Waits until one request to `conversationId` may go out, and counts it. */
  async acquire(conversationId: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      const stamps = this.conversationStamps(conversationId, now);
      const slot = Math.max(now, this.nextSlot);
      const conversationFreeAt =
        stamps.length < this.options.perConversationPerSecond
          ? slot
          : (stamps[stamps.length - this.options.perConversationPerSecond] ?? now) + WINDOW_MS;
      if (conversationFreeAt > slot) {
        await sleep(conversationFreeAt - now, signal);
        continue;
      }
      this.nextSlot = slot + 1000 / this.currentRate(now);
      stamps.push(slot);
      this.prune(now);
      if (slot > now) await sleep(slot - now, signal);
      else if (signal?.aborted) throw new AbortedError();
      await this.holdWindow(signal);
      return;
    }
  }

  /**
   * Timers fire late on a busy machine, and late requests bunch up; this makes sure that, by the times they really
   * go out, no one-second window holds more than the ceiling.
   */
  private async holdWindow(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.recent.length > 0 && (this.recent[0] as number) <= now - WINDOW_MS) this.recent.shift();
      if (this.recent.length < this.ceiling) {
        this.recent.push(now);
        return;
      }
      await sleep((this.recent[0] as number) + WINDOW_MS - now, signal);
    }
  }

  private conversationStamps(conversationId: string, now: number): number[] {
    let stamps = this.conversations.get(conversationId);
    if (!stamps) {
      stamps = [];
      this.conversations.set(conversationId, stamps);
    }
    while (stamps.length > 0 && (stamps[0] ?? 0) <= now - WINDOW_MS) stamps.shift();
    return stamps;
  }

  /** Forgets conversations idle for a window, so memory stays flat over 10 000 recipients. */
  private prune(now: number): void {
    this.acquiredSincePrune += 1;
    if (this.acquiredSincePrune < 500) return;
    this.acquiredSincePrune = 0;
    for (const [id, stamps] of this.conversations) {
      const last = stamps[stamps.length - 1];
      if (last === undefined || last <= now - WINDOW_MS) this.conversations.delete(id);
    }
  }
}
