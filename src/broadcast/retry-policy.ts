import { MessengerError } from './messenger-error';

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
      /** Norwegian reason stored on the delivery (the communications lead may read it in an export). */
      reason: string;
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
  random?: () => number;
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

  constructor(private readonly options: RetryPolicyOptions) {
    this.random = options.random ?? Math.random;
  }

  /** Backoff before attempt `attempt + 1`, "equal jitter": half fixed, half random, so retries spread out. */
  backoffMs(attempt: number): number {
    const cap = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(cap / 2 + this.random() * (cap / 2));
  }

  /** `attempt` is the number of the attempt that just failed (1 for the first). */
  decide(error: unknown, attempt: number, nowMs: number = Date.now()): FailureDecision {
    const status = error instanceof MessengerError ? error.status : undefined;
    const throttled = status === 429;
    if (status === 403) {
      return {
        action: 'fail',
        reason: '403: boten har ikke lenger tilgang til samtalen',
        deactivate: true,
        throttled,
      };
    }
    if (status === 404) {
      return { action: 'fail', reason: '404: samtalen finnes ikke lenger', deactivate: true, throttled };
    }
    if (status !== undefined && !TRANSIENT.has(status)) {
      return { action: 'fail', reason: `${status}: Teams avviste meldingen`, deactivate: false, throttled };
    }
    if (attempt >= this.options.maxAttempts) {
      const what = status === undefined ? 'nettverksfeil' : String(status);
      return {
        action: 'fail',
        reason: `ga opp etter ${attempt} forsøk (${what})`,
        deactivate: false,
        throttled,
      };
    }
    const retryAfter =
      status === 429 && error instanceof MessengerError
        ? parseRetryAfter(error.retryAfter, nowMs)
        : undefined;
    const delayMs =
      retryAfter !== undefined ? Math.min(retryAfter, this.options.maxRetryAfterMs) : this.backoffMs(attempt);
    return { action: 'retry', delayMs, throttled };
  }
}
