import { AUTH_CASES } from './auth-cases';
import { ChannelTokenIssuer } from './channel-token-issuer';
import { APP_ID, type RunningBot, startBot, TENANT_ID, teamsActivity } from './running-bot';

const APP_PASSWORD = 'test-app-secret-Zq8~v1';

describe('Bot Framework authentication in production mode', () => {
  let issuer: ChannelTokenIssuer;
  let bot: RunningBot;
  const tokens: string[] = [];

  beforeAll(async () => {
    // CloudAdapter writes each refused request to console.error itself; the matrix makes many on purpose.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    issuer = await ChannelTokenIssuer.start();
    bot = await startBot(
      {
        NODE_ENV: 'production',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: APP_PASSWORD,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT_ID,
        ALLOWED_TENANT_IDS: TENANT_ID,
        ...issuer.settings(),
      },
      { logLevel: 'trace' },
    );
  });

  afterAll(async () => {
    await bot.close();
    await issuer.close();
    jest.restoreAllMocks();
  });

  beforeEach(() => {
    bot.connector.reset();
    bot.seen.length = 0;
  });

  for (const c of AUTH_CASES.filter((c) => c.expected === 401)) {
    it(`refuses a request with ${c.name.replace(/_/g, ' ')} (401), and nothing reaches the bot or the connector`, async () => {
      const request = await c.build(issuer, APP_ID, bot.connector.serviceUrl);
      const auth = request.headers.Authorization;
      if (auth) tokens.push(auth.slice('Bearer '.length));
      const response = await bot.post(
        teamsActivity(bot.connector.serviceUrl, request.activity),
        request.headers,
      );

      expect(response.status).toBe(401);
      expect(bot.seen).toEqual([]);
      // Give a (wrongly) started turn time to reply before concluding that nothing was sent.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(bot.connector.stats().requests).toBe(0);
    });
  }

  it('accepts a valid Bot Connector token (200) and the reply arrives at the connector', async () => {
    const valid = AUTH_CASES.find((c) => c.name === 'valid')!;
    const request = await valid.build(issuer, APP_ID, bot.connector.serviceUrl);
    tokens.push(request.headers.Authorization!.slice('Bearer '.length));
    const activity = teamsActivity(bot.connector.serviceUrl, { text: 'hjelp' });

    const response = await bot.post(activity, request.headers);

    expect(response.status).toBe(200);
    const [reply] = await bot.connector.waitForMessages('a:conv-1', 1);
    expect(reply?.replyToId).toBe(activity.id);
    expect(bot.seen).toEqual([{ type: 'message', id: activity.id }]);
  });

  it('never writes a token or the app password to the log', () => {
    expect(tokens.length).toBe(AUTH_CASES.length - 1);
    const logged = bot.logs.text();
    expect(logged).toContain('turn handled');
    for (const token of tokens) expect(logged).not.toContain(token);
    expect(logged).not.toContain(APP_PASSWORD);
  });
});
