/**
 * The authentication matrix shared by tests/security/auth.test.ts and `npm run security:check`: each case is a
 * request to /api/messages as an attacker (or the real Bot Connector) could send it, and the status it must get.
 */
import type { ChannelTokenIssuer } from './channel-token-issuer';

/** One request: extra headers and changes to the activity. */
export interface AuthRequest {
  headers: Record<string, string>;
  activity?: Record<string, unknown>;
}

/** One row of the matrix. */
export interface AuthCase {
  name: string;
  /** The status the bot must answer with. */
  expected: number;
  build(issuer: ChannelTokenIssuer, appId: string, serviceUrl: string): Promise<AuthRequest>;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The cases, the valid one last. */
export const AUTH_CASES: AuthCase[] = [
  { name: 'no_token', expected: 401, build: async () => ({ headers: {} }) },
  {
    name: 'not_a_jwt',
    expected: 401,
    build: async () => ({ headers: bearer('not-a-jwt') }),
  },
  {
    name: 'bad_signature',
    expected: 401,
    build: async (issuer, appId, serviceUrl) => ({
      headers: bearer(await issuer.sign({ audience: appId, serviceUrl, key: 'rogue' })),
    }),
  },
  {
    name: 'wrong_audience',
    expected: 401,
    build: async (issuer, _appId, serviceUrl) => ({
      headers: bearer(await issuer.sign({ audience: 'b1c2d3e4-0000-4000-8000-000000000000', serviceUrl })),
    }),
  },
  {
    name: 'wrong_issuer',
    expected: 401,
    build: async (issuer, appId, serviceUrl) => ({
      headers: bearer(
        await issuer.sign({ audience: appId, serviceUrl, issuer: 'https://api.botframework.evil' }),
      ),
    }),
  },
  {
    name: 'expired',
    expected: 401,
    // Botbuilder allows five minutes of clock skew; an hour is well past it.
    build: async (issuer, appId, serviceUrl) => ({
      headers: bearer(await issuer.sign({ audience: appId, serviceUrl, expiresIn: -3600 })),
    }),
  },
  {
    name: 'serviceurl_mismatch',
    expected: 401,
    build: async (issuer, appId) => ({
      headers: bearer(
        await issuer.sign({ audience: appId, serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
      ),
    }),
  },
  {
    name: 'endorsement_mismatch',
    expected: 401,
    build: async (issuer, appId, serviceUrl) => ({
      headers: bearer(await issuer.sign({ audience: appId, serviceUrl, key: 'webchatOnly' })),
    }),
  },
  {
    name: 'valid',
    expected: 200,
    build: async (issuer, appId, serviceUrl) => ({
      headers: bearer(await issuer.sign({ audience: appId, serviceUrl })),
    }),
  },
];
