import type { Config } from '../config';

/** Tuning of the broadcast engine. Production values come from the configuration; tests and benchmarks set them. */
export interface BroadcastOptions {
  /** Ceiling of the global send rate, requests per second (Teams allows about 50 per bot). */
  ratePerSecond: number;
  /** Requests to Teams under way at once. */
  concurrency: number;
  /** Attempts per recipient and operation, the first included. */
  maxAttempts: number;
  /** Time-to-live of the 'broadcast' lease; also how long a claim on a delivery lasts. */
  leaseMs: number;
  /** How often the scheduler looks for due and unfinished announcements. */
  tickMs: number;
  /** Shortest time between two progress reports of one announcement. */
  progressIntervalMs: number;
  /** Installations read per page when expanding the audience. */
  pageSize: number;
  /** First backoff after a transient error; doubles per attempt. */
  baseBackoffMs: number;
  /** Longest backoff, and longest honoured Retry-After is five times this. */
  maxBackoffMs: number;
  /** How often the announcement is re-read while sending (cancel, recall and edits are seen this fast). */
  refreshMs: number;
}

/** Defaults: 30 requests/s, 8 at once, 5 attempts, a 30 s lease. */
export const DEFAULT_BROADCAST_OPTIONS: BroadcastOptions = {
  ratePerSecond: 30,
  concurrency: 8,
  maxAttempts: 5,
  leaseMs: 30_000,
  tickMs: 10_000,
  progressIntervalMs: 2_000,
  pageSize: 500,
  baseBackoffMs: 250,
  maxBackoffMs: 30_000,
  refreshMs: 500,
};

/** The engine options from the validated configuration (BROADCAST_* settings). */
export function broadcastOptionsFromConfig(config: Config): BroadcastOptions {
  return {
    ...DEFAULT_BROADCAST_OPTIONS,
    ratePerSecond: config.TEAMS_REQUESTS_PER_SECOND,
    concurrency: config.BROADCAST_CONCURRENCY,
    maxAttempts: config.BROADCAST_MAX_ATTEMPTS,
    leaseMs: config.BROADCAST_LEASE_MS,
    tickMs: config.BROADCAST_TICK_SECONDS * 1000,
  };
}
