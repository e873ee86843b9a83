import { createHmac } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** Characters in a pseudonym: 32 base64url characters carry 192 bits, so two users never collide in practice. */
export const PSEUDONYM_LENGTH = 32;

/** Used only outside production when PSEUDONYM_SECRET is unset; pseudonyms made with it can be recomputed by anyone. */
export const DEVELOPMENT_PSEUDONYM_SECRET = 'helseplattformen-bot-development-only-pseudonym-key';

const MIN_SECRET_LENGTH = 16;
// Domain separation: the same key may later pseudonymise other identifiers without their values colliding.
const PURPOSE = 'aad-object-id:';

/**
 * Creates the function that turns an Entra ID object id into a stable pseudonym: HMAC-SHA256 with the
 * secret, base64url, first 32 characters. Ids are trimmed and lower-cased first, since Teams and Graph
 * may spell the same GUID in different case.
 */
export function createPseudonymizer(secret: string): (aadObjectId: string) => string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new AppError('CONFIG_INVALID', `PSEUDONYM_SECRET må være minst ${MIN_SECRET_LENGTH} tegn.`);
  }
  // The same people write again and again; their pseudonyms are kept rather than computed for every message.
  const known = new LRUCache<string, string>({ max: 10_000 });
  return (aadObjectId) => {
    const id = aadObjectId.trim().toLowerCase();
    if (id === '') throw new AppError('BAD_INPUT', 'Mangler bruker-id (aadObjectId) å lage pseudonym av.');
    let pseudonym = known.get(id);
    if (pseudonym === undefined) {
      pseudonym = createHmac('sha256', secret)
        .update(PURPOSE + id, 'utf8')
        .digest('base64url')
        .slice(0, PSEUDONYM_LENGTH);
      known.set(id, pseudonym);
    }
    return pseudonym;
  };
}

/** Throws a CONFIG_INVALID error in production when PSEUDONYM_SECRET is unset or the development key. */
export function assertProductionSecrets(config: Pick<Config, 'NODE_ENV' | 'PSEUDONYM_SECRET'>): void {
  if (config.NODE_ENV !== 'production') return;
  if (config.PSEUDONYM_SECRET === undefined || config.PSEUDONYM_SECRET === DEVELOPMENT_PSEUDONYM_SECRET) {
    throw new AppError(
      'CONFIG_INVALID',
      'PSEUDONYM_SECRET må settes til en hemmelig nøkkel (minst 16 tegn) når NODE_ENV=production.',
    );
  }
}

/**
 * The key to pseudonymise with: PSEUDONYM_SECRET, or outside production the development key, with a
 * warning in the log so nobody mistakes development pseudonyms for protected ones.
 */
export function pseudonymSecretFrom(
  config: Pick<Config, 'NODE_ENV' | 'PSEUDONYM_SECRET'>,
  logger: Logger,
): string {
  assertProductionSecrets(config);
  if (config.PSEUDONYM_SECRET !== undefined) return config.PSEUDONYM_SECRET;
  // Production refuses this (above); elsewhere the start line (src/start-report.ts) lists it among what is off.
  logger.debug(
    { setting: 'PSEUDONYM_SECRET', nodeEnv: config.NODE_ENV },
    'PSEUDONYM_SECRET is unset: using the built-in development key, so user pseudonyms are NOT protected',
  );
  return DEVELOPMENT_PSEUDONYM_SECRET;
}
