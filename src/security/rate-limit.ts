import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitRepository } from '../data/repositories';
import type { Logger } from '../logger';

/** What became of one use of a per-user limit. */
export interface RateDecision {
  allowed: boolean;
  /** Uses in the current window, this one included. */
  used: number;
  /** Milliseconds until the user may try again (or the window ends). */
  msBeforeReset: number;
}

/** A limit of so many uses per key (a user) per window. */
export interface RateLimit {
  readonly limit: number;
  consume(key: string): Promise<RateDecision>;
}

/**
 * A limit kept in this process (rate-limiter-flexible: maintained, expires keys itself). Enough for one instance;
 * several instances each keep their own count, so sharedRateLimit is used when they share a MongoDB.
 */
export function memoryRateLimit(limit: number, windowMs: number): RateLimit {
  const limiter = new RateLimiterMemory({
    points: limit,
    duration: Math.max(1, Math.round(windowMs / 1000)),
  });
  return {
    limit,
    consume: async (key) => {
      try {
        const res = await limiter.consume(key);
        return { allowed: true, used: res.consumedPoints, msBeforeReset: res.msBeforeNext };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, used: rejection.consumedPoints, msBeforeReset: rejection.msBeforeNext };
      }
    },
  };
}

/**
 * A limit counted in the store, so every instance on the same MongoDB shares it (fixed windows; see
 * DocumentRateLimitRepository). rate-limiter-flexible's own MongoDB store is not used: on FerretDB 1.x its
 * findOneAndUpdate is not atomic (29–40 of 40 concurrent uses passed a limit of 5) and its TTL index is refused.
 * While the store cannot be reached, the limit is kept in this process instead, with a warning.
 */
export function sharedRateLimit(
  name: string,
  limit: number,
  windowMs: number,
  store: RateLimitRepository,
  logger: Logger,
): RateLimit {
  const local = memoryRateLimit(limit, windowMs);
  let warned = 0;
  return {
    limit,
    consume: async (key) => {
      try {
        const take = await store.take(`${name}:${key}`, limit, windowMs);
        const msBeforeReset = Math.max(0, take.resetsAt.getTime() - Date.now());
        return { allowed: take.taken, used: take.taken ? take.used : limit + 1, msBeforeReset };
      } catch (err) {
        if (Date.now() - warned > 60_000) {
          warned = Date.now();
          logger.warn({ err, limit: name }, 'shared rate limit unavailable: counting in this instance only');
        }
        return local.consume(key);
      }
    },
  };
}
