import type { DeliveryReason } from '../model/delivery-reason';
import { MessengerError } from './messenger-error';
import { type Clock, millis, systemClock } from './clock';

/** What to do after one failed call to the Bot Connector. */
export type FailureDecision =
  | {
      action: 'retry';
      delayMs: number;
      /** True for 429: the caller should also slow the global rate down. */
      throttled: boolean;
    }
  | {
      action: 'fail';
      /** Reason code stored on the delivery (rendered in the reader's language by cards, tab and export). */
      reason: DeliveryReason;
      /** The HTTP status Teams answered (undefined for a network error), for logs. */
      status: number | undefined;
      /** True when the bot no longer has access to the conversation (403/404): the installation is deactivated. */
      deactivate: boolean;
      throttled: boolean;
    };

/** Settings of the retry policy. */
export interface RetryPolicyOptions {
  /** Attempts in all, the first included (BROADCAST_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles for each attempt after that. */
  baseDelayMs: number;
  /** Upper bound of the exponential backoff. */
  maxDelayMs: number;
  /** Upper bound of an honoured Retry-After, so a bogus header cannot park a delivery for hours. */
  maxRetryAfterMs: number;
  /**
   * 429s per recipient before it is given up (default: four times maxAttempts). A 429 is Teams asking the bot to
   * slow down, not the message failing, so it does not use up one of the attempts.
   */
  maxThrottledRetries?: number;
  random?: () => number;
  /** Reads Retry-After dates against this clock. */
  clock?: Clock;
}

/** Statuses Bot Framework documents as worth retrying (412 precondition, gateway errors); 500 and 429 too. */
const TRANSIENT = new Set([412, 429, 500, 502, 503, 504]);

/** Parses Retry-After (delta-seconds or an HTTP date) into milliseconds from `nowMs`; undefined when absent or bad. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Decides retry or failure for each Bot Connector error: Retry-After on 429, else exponential backoff with jitter. */
export class RetryPolicy {
  private readonly random: () => number;
  private readonly clock: Clock;

  constructor(private readonly options: RetryPolicyOptions) {
    this.random = options.random ?? Math.random;
    this.clock = options.clock ?? systemClock;
  }

  /** Backoff before attempt `attempt + 1`, "equal jitter": half fixed, half random, so retries spread out. */
  backoffMs(attempt: number): number {
    const cap = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(cap / 2 + this.random() * (cap / 2));
  }

  /**
   * `tries.attempts`: failed attempts so far, this one included unless it was a 429 (1 after a first failure);
   * `tries.throttles`: 429s so far, this one included.
   */
  decide(
    error: unknown,
    tries: { attempts: number; throttles?: number },
    nowMs: number = millis(this.clock),
  ): FailureDecision {
    const status = error instanceof MessengerError ? error.status : undefined;
    const throttled = status === 429;
    const attempt = tries.attempts;
    if (status === 403) return { action: 'fail', reason: 'bot_removed', status, deactivate: true, throttled };
    if (status === 404) {
      return { action: 'fail', reason: 'conversation_not_found', status, deactivate: true, throttled };
    }
    if (status !== undefined && !TRANSIENT.has(status)) {
      return { action: 'fail', reason: 'rejected', status, deactivate: false, throttled };
    }
    const spent = throttled
      ? (tries.throttles ?? 1) >= (this.options.maxThrottledRetries ?? 4 * this.options.maxAttempts)
      : attempt >= this.options.maxAttempts;
    if (spent) return { action: 'fail', reason: 'gave_up', status, deactivate: false, throttled };
    const retryAfter =
      status === 429 && error instanceof MessengerError
        ? parseRetryAfter(error.retryAfter, nowMs)
        : undefined;
    const delayMs =
      retryAfter !== undefined
        ? Math.min(retryAfter, this.options.maxRetryAfterMs)
        : this.backoffMs(throttled ? (tries.throttles ?? 1) : attempt);
    return { action: 'retry', delayMs, throttled };
  }
}
