import {
  type Activity,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  StatusCodes,
} from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationError,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  JwtTokenValidation,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { LRUCache } from 'lru-cache';

/** Errors of the JWT library botbuilder verifies tokens with: the token itself is bad, so the caller is unauthorised. */
const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function asUnauthorised(err: unknown): unknown {
  if (err instanceof Error && TOKEN_ERROR_NAMES.has(err.name)) {
    return new AuthenticationError(`Unauthorized. ${err.message}`, StatusCodes.UNAUTHORIZED);
  }
  return err;
}

/**
 * Bot Framework authentication from configuration, as botbuilder does it, except that a token with a bad
 * signature (same key id, other key) is refused with 401: botbuilder lets the JWT library's error through and
 * CloudAdapter turns that into a 500, which looks like a fault of ours and invites retries.
 */
export class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    /** Credentials for the bot's outgoing calls; default: from MicrosoftAppId/Password (tests pass a local one). */
    credentialsFactory?: ServiceClientCredentialsFactory,
  ) {
    super(options, credentialsFactory);
  }

  private readonly clients = new LRUCache<string, Promise<ConnectorClient>>({ max: 200 });
  private readonly userTokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: 20 });

  /**
   * botbuilder also builds a user-token client (for sign-in prompts, which this bot does not use) with its own HTTP
   * pipeline on every turn: about a tenth of a turn's work. It holds only the app id and its credentials, so one per
   * app id is kept.
   */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
    let client = this.userTokenClients.get(key);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      client.catch(() => this.userTokenClients.delete(key));
      this.userTokenClients.set(key, client);
    }
    return client;
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw asUnauthorised(err);
    }
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, result.audience) };
  }

  /**
   * botbuilder builds a new connector client, with its whole HTTP pipeline, for every turn. The client holds no
   * turn state (its credentials fetch and cache tokens by themselves), so one per service URL and audience is
   * kept and shared by the turns that reply there.
   */
  private reusing(factory: ConnectorFactory, audience: string): ConnectorFactory {
    const clients = this.clients;
    return {
      create(serviceUrl: string, forAudience?: string): Promise<ConnectorClient> {
        const key = `${serviceUrl}\u0000${forAudience ?? audience}`;
        let client = clients.get(key);
        if (!client) {
          client = factory.create(serviceUrl, forAudience);
          client.catch(() => clients.delete(key));
          clients.set(key, client);
        }
        return client;
      },
    };
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (err) {
      throw asUnauthorised(err);
    }
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    try {
      return await super.authenticateChannelRequest(authHeader);
    } catch (err) {
      throw asUnauthorised(err);
    }
  }
}
