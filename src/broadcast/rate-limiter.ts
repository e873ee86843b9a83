import { AimdRate, type AimdSettings } from './aimd-rate';
import { millis, systemClock } from './clock';
import {
  ConversationWindows,
  TEAMS_CONVERSATION_LIMITS,
  type ConversationLimit,
} from './conversation-windows';
import type { RequestBudget } from './request-budget';

// Own limiter, not a library: bottleneck (no release since 2019) and limiter cannot lower and recover the rate on
// 429 (AIMD) together with a per-conversation window, and p-limit/p-queue v4+ are ESM-only.

/** Settings of the in-process request budget: the app-wide rate (TEAMS_REQUESTS_PER_SECOND) and its AIMD. */
export interface RateLimiterOptions extends AimdSettings {
  /** Limits per conversation (Teams' 7 per second, 8 per 2 seconds and 60 per 30 seconds by default). */
  conversationLimits?: readonly ConversationLimit[];
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
 * The request budget of one instance (the embedded store allows only one): a global rate with even spacing (each
 * caller reserves the next time slot, so no bursts reach Teams), AIMD on 429 (halve, then climb back linearly), and
 * sliding windows per conversation. Bulk and single requests share it alike.
 */
export class RateLimiter implements RequestBudget {
  private readonly rate: AimdRate;
  private readonly now: () => number;
  private nextSlot = 0;
  private readonly conversations: ConversationWindows;
  /** When the last requests actually went (at most the ceiling of them), to hold the one-second window. */
  private readonly recent: number[] = [];

  constructor(options: RateLimiterOptions) {
    this.rate = new AimdRate(options);
    this.now = options.now ?? (() => millis(systemClock));
    this.conversations = new ConversationWindows(options.conversationLimits ?? TEAMS_CONVERSATION_LIMITS);
  }

  /** The global rate now, in requests per second. */
  currentRate(now: number = this.now()): number {
    return this.rate.current(now);
  }

  /** Reports a 429: halves the global rate (at most once per cooldown). Slots already reserved stay. */
  throttled(): void {
    this.rate.decrease(this.now());
  }

  /** Waits until one request to `conversationId` may go out, and counts it. */
  async acquire(conversationId: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      const conversationFreeAt = this.conversations.freeAt(conversationId, now);
      if (conversationFreeAt > now) {
        await sleep(conversationFreeAt - now, signal);
        continue;
      }
      const slot = Math.max(now, this.nextSlot);
      this.nextSlot = slot + 1000 / this.currentRate(now);
      if (slot > now) await sleep(slot - now, signal);
      else if (signal?.aborted) throw new AbortedError();
      await this.holdWindow(signal);
      // Counted when it really goes: another request to the same conversation may have gone while this one waited.
      const at = this.now();
      if (this.conversations.freeAt(conversationId, at) > at) continue;
      this.conversations.record(conversationId, at);
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
      if (this.recent.length < this.rate.ceiling) {
        this.recent.push(now);
        return;
      }
      await sleep((this.recent[0] as number) + WINDOW_MS - now, signal);
    }
  }
}
