import { loadConfig } from '../../src/config';
import { tabAuthSettings } from '../../src/tab/tab-auth-settings';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = '22222222-3333-4444-5555-666666666666';
const BOT = '33333333-4444-5555-6666-777777777777';

describe('tab sign-in settings', () => {
  test('derive issuer, audiences and keys from the tenant and the SSO app id', () => {
    const settings = tabAuthSettings(
      loadConfig({
        MicrosoftAppTenantId: TENANT,
        AAD_APP_CLIENT_ID: CLIENT,
        APP_BASE_URL: 'https://bot.trondheim.example/',
      }),
    );
    expect(settings).toEqual({
      mode: 'on',
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      audiences: [CLIENT, `api://bot.trondheim.example/${CLIENT}`],
      jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      problem: undefined,
    });
  });

  test('fall back to the bot id when no separate SSO app is configured', () => {
    const settings = tabAuthSettings(loadConfig({ MicrosoftAppTenantId: TENANT, MicrosoftAppId: BOT }));
    expect(settings.audiences).toEqual([BOT, `api://localhost:3978/${BOT}`]);
  });

  test('explicit settings win over the derived ones', () => {
    const settings = tabAuthSettings(
      loadConfig({
        MicrosoftAppTenantId: TENANT,
        AAD_APP_CLIENT_ID: CLIENT,
        TAB_AUTH_ISSUER: 'https://issuer.example/v2.0',
        TAB_AUTH_AUDIENCE: 'aud-1, aud-2',
        TAB_AUTH_JWKS_URL: 'https://issuer.example/keys',
      }),
    );
    expect(settings).toEqual(
      expect.objectContaining({
        issuer: 'https://issuer.example/v2.0',
        audiences: ['aud-1', 'aud-2'],
        jwksUrl: 'https://issuer.example/keys',
      }),
    );
  });

  test('name what is missing when the tenant and app id are unknown', () => {
    const settings = tabAuthSettings(loadConfig({}));
    expect(settings.jwksUrl).toBe('https://login.microsoftonline.com/common/discovery/v2.0/keys');
    expect(settings.problem).toMatch(/TAB_AUTH_ISSUER \(eller MicrosoftAppTenantId\) og TAB_AUTH_AUDIENCE/);
  });

  test('development mode needs nothing and reports no problem', () => {
    expect(tabAuthSettings(loadConfig({ TAB_AUTH: 'off' }))).toEqual(
      expect.objectContaining({ mode: 'off', problem: undefined }),
    );
  });
});
