import { ServiceClientCredentialsFactory } from 'botframework-connector';

/** The Authorization header the bot puts on its outgoing calls in tests (no Entra ID involved). */
export const LOCAL_OUTGOING_TOKEN = 'local-outgoing-token';

type Credentials = Awaited<ReturnType<ServiceClientCredentialsFactory['createCredentials']>>;

/**
 * Credentials for the bot's outgoing calls in tests: the app id is checked as in production, but replies are
 * signed with a fixed local token instead of one from Entra ID, so they can go to a fake Bot Connector offline.
 */
export class LocalCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(): Promise<Credentials> {
    return {
      signRequest: async (request) => {
        request.headers.set('Authorization', `Bearer ${LOCAL_OUTGOING_TOKEN}`);
        return request;
      },
    };
  }
}
