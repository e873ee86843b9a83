/**
 * What time it is, for everything in src/broadcast: lease validity, stale claims, schedules, retry-after dates,
 * progress intervals and the rate limiter all ask this one clock, so a test that sets it moves them all. Timers
 * (setTimeout) stay real, and the engine measures intervals with this clock: a test clock must run, not stand still.
 */
export type Clock = () => Date;

/** The machine's clock. */
export const systemClock: Clock = () => new Date();

/** The clock's time in milliseconds since the epoch. */
export function millis(clock: Clock): number {
  return clock().getTime();
}
