/**
 * A local stand-in for the Bot Framework token service, for tests and `npm run security:check`: it serves OpenID
 * metadata and a JWKS on 127.0.0.1 and signs Bot Connector-style tokens with `jose`, so the bot's real
 * authentication path (botbuilder's ParameterizedBotFrameworkAuthentication) can be run offline.
 *
 *   const issuer = await ChannelTokenIssuer.start();
 *   loadConfig({ ...env, MicrosoftAppId: APP_ID, ...issuer.settings() });
 *   const token = await issuer.sign({ audience: APP_ID, serviceUrl });
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type KeyLike, SignJWT } from 'jose';

/** Which key signs a token: the published Teams key, a published key endorsed only for Web Chat, or an unpublished one. */
export type SigningKey = 'teams' | 'webchatOnly' | 'rogue';

/** What goes into a token; anything left out gets the value a valid Bot Connector token has. */
export interface TokenClaims {
  audience: string;
  serviceUrl: string;
  issuer?: string;
  key?: SigningKey;
  /** Seconds from now (negative: in the past). Default 3600. */
  expiresIn?: number;
}

interface KeyEntry {
  kid: string;
  privateKey: KeyLike;
  published?: JWK;
}

/** A local OpenID metadata + JWKS server that signs channel tokens; see the file comment. */
export class ChannelTokenIssuer {
  private constructor(
    private readonly server: Server,
    /** Base URL, also used as the token issuer. */
    readonly baseUrl: string,
    private readonly keys: Record<SigningKey, KeyEntry>,
  ) {}

  /** Starts the server with fresh keys on a free port. */
  static async start(): Promise<ChannelTokenIssuer> {
    const make = async (kid: string, endorsements?: string[]): Promise<KeyEntry> => {
      const { publicKey, privateKey } = await generateKeyPair('RS256');
      const published = endorsements
        ? { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256', endorsements }
        : undefined;
      return { kid, privateKey, published };
    };
    const teams = await make('teams-key', ['msteams', 'emulator']);
    const webchatOnly = await make('webchat-key', ['webchat']);
    // Same key id as the Teams key but a key nobody published: a forged signature.
    const rogue = { ...(await make('teams-key')), published: undefined };
    const keys = { teams, webchatOnly, rogue };

    let baseUrl = '';
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const send = (body: unknown) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (
        path.endsWith('/.well-known/openidconfiguration') ||
        path.endsWith('/.well-known/openid-configuration')
      ) {
        send({
          issuer: baseUrl,
          jwks_uri: `${baseUrl}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      } else if (path === '/keys') {
        send({ keys: Object.values(keys).flatMap((k) => (k.published ? [k.published] : [])) });
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new ChannelTokenIssuer(server, baseUrl, keys);
  }

  /** The seven parameterized Bot Framework settings, pointing at this server. */
  settings(): Record<string, string> {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.baseUrl}/v1/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: this.baseUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.baseUrl}/emulator/.well-known/openid-configuration`,
      ToChannelFromBotLoginUrl: `${this.baseUrl}/botframework.local`,
      ToChannelFromBotOAuthScope: this.baseUrl,
      OAuthUrl: this.baseUrl,
      CallerId: 'urn:botframework:local',
    };
  }

  /** A signed token; with only audience and serviceUrl given it is one the bot must accept. */
  async sign(claims: TokenClaims): Promise<string> {
    const key = this.keys[claims.key ?? 'teams'];
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + (claims.expiresIn ?? 3600);
    return new SignJWT({ serviceurl: claims.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .setIssuer(claims.issuer ?? this.baseUrl)
      .setAudience(claims.audience)
      .setIssuedAt(Math.min(now, expiresAt - 60))
      .setNotBefore(Math.min(now, expiresAt - 60))
      .setExpirationTime(expiresAt)
      .sign(key.privateKey);
  }

  /** Stops the server. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
