import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** Name of the lock (a folder, made atomically by proper-lockfile) inside DATA_DIR. */
export const LOCK_NAME = 'store.lock';

/**
 * How long a lock may go without being renewed before another process takes it over: a process that crashed
 * (kill -9, power loss) leaves its lock behind, and proper-lockfile treats it as stale after this time. The
 * holder renews it every half of this.
 */
export const STALE_AFTER_MS = 10_000;

/**
 * Takes the single-process lock on an embedded store folder, creating the folder first. The embedded store holds
 * its database file exclusively, so a second process on the same DATA_DIR is refused here, with a message that
 * names the folder, rather than failing on the file later. Resolves with the release
 * function.
 */
export async function lockDataDir(dataDir: string, logger: Logger): Promise<() => Promise<void>> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      `Den innebygde databasen kan ikke bruke mappen ${dataDir}: ${(err as Error).message}. ` +
        'Sjekk at DATA_DIR er en mappe som kan skrives, eller sett MONGODB_URI.',
      err,
    );
  }
  const lockfilePath = path.join(dataDir, LOCK_NAME);
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath,
      stale: STALE_AFTER_MS,
      realpath: false,
      // The renewal failed or another process took the lock over (this one stalled for longer than STALE_AFTER_MS):
      // both processes may now write the same files. Say so loudly instead of crashing in a timer.
      onCompromised: (err) =>
        logger.error(
          { err, dataDir },
          'The lock on the embedded store folder was lost; another process may be writing the same files',
        ),
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED')
      throw new AppError(
        'STORE_LOCKED',
        `Den innebygde databasen i ${dataDir} er allerede i bruk av en annen prosess (låst av ${lockfilePath}). ` +
          'Den er bare for én prosess: stopp den andre (npm start, npm run chat, en eksport), velg en annen ' +
          `mappe med DATA_DIR, eller sett MONGODB_URI. En låsefil etter en prosess som krasjet, slippes etter ${
            STALE_AFTER_MS / 1000
          } sekunder.`,
        err,
      );
    throw new AppError(
      'STORE_UNAVAILABLE',
      `Den innebygde databasen i ${dataDir} kan ikke låses (${(err as Error).message}). ` +
        'Sjekk at mappen i DATA_DIR er skrivbar, eller sett MONGODB_URI.',
      err,
    );
  }
}
