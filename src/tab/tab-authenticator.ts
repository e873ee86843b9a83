import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { TabAuthSettings } from './tab-auth-settings';

/** The signed-in user of a tab API call, from the verified token (or the fixed development user). */
export interface TabUser {
  /** Entra ID object id (the `oid` claim). */
  id: string;
  /**
   * A sign-in name this server vouches for: only the fixed development user has one. A token's `upn` and
   * `preferred_username` are mutable claims and are not read (roles match on `oid`, see src/access).
   */
  trustedUpn?: string;
  name?: string;
  tenantId?: string;
  /** True for the development user of TAB_AUTH=off. */
  development: boolean;
}

/** Checks the bearer token of a tab API call. */
export interface TabAuthenticator {
  /** True when TAB_AUTH=off: every call is the development user. */
  readonly development: boolean;
  /** The caller of a request with this Authorization header; throws AppError UNAUTHORIZED when it is not valid. */
  authenticate(authorization: string | undefined): Promise<TabUser>;
}

/** The user every call is made as when TAB_AUTH=off; add `utvikler@localhost` to ANNOUNCERS to try the composer. */
export const DEVELOPMENT_USER: TabUser = {
  id: '00000000-0000-0000-0000-000000000000',
  trustedUpn: 'utvikler@localhost',
  name: 'Utvikler (lokal)',
  development: true,
};

/** Clock skew accepted between Entra ID and this server. */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Verifies Entra ID access tokens from Teams single sign-on (authentication.getAuthToken) with jose: RS256
 * signature against the JWKS (fetched and cached by jose, refreshed on an unknown key id), issuer, audience,
 * expiry and not-before, and an `oid` claim.
 */
export function createTabAuthenticator(settings: TabAuthSettings, logger: Logger): TabAuthenticator {
  if (settings.mode === 'off') {
    return { development: true, authenticate: async () => DEVELOPMENT_USER };
  }
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
  });
  return {
    development: false,
    authenticate: async (authorization) => {
      if (settings.problem) throw new AppError('UNAUTHORIZED', settings.problem);
      const match = /^Bearer\s+([A-Za-z0-9_.-]+)\s*$/i.exec(authorization ?? '');
      if (!match) throw new AppError('UNAUTHORIZED', 'Du må være logget inn via Teams for å bruke fanen.');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1]!, jwks, {
          issuer: settings.issuer,
          audience: settings.audiences,
          algorithms: ['RS256'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        }));
      } catch (err) {
        logger.info({ reason: describe(err) }, 'tab token refused');
        throw new AppError('UNAUTHORIZED', 'Innloggingen er ugyldig eller utløpt. Last fanen på nytt.', err);
      }
      const oid = stringClaim(payload, 'oid');
      if (!oid) throw new AppError('UNAUTHORIZED', 'Innloggingen mangler bruker-id (oid).');
      return {
        id: oid,
        name: stringClaim(payload, 'name'),
        tenantId: stringClaim(payload, 'tid'),
        development: false,
      };
    },
  };
}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The reason a token was refused, for the log (never the token itself). */
function describe(err: unknown): string {
  if (err instanceof joseErrors.JOSEError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
