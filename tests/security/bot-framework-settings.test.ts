import { loadConfig } from '../../src/config';
import { isAppError } from '../../src/errors';
import { botFrameworkSettings, PARAMETERIZED_AUTH_KEYS } from '../../src/security/bot-framework-settings';

const APP = {
  MicrosoftAppId: '0e7c6c58-8a3f-4c36-9d0c-2f1b8e5a7d10',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: '7f2b0c1e-3d4a-4b5c-9e6f-0a1b2c3d4e5f',
};
const PARAMETERIZED = {
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.example/v1/.well-known/openidconfiguration',
  ToBotFromChannelTokenIssuer: 'https://api.example',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.example/common/v2.0/.well-known/openid-configuration',
  ToChannelFromBotLoginUrl: 'https://login.example/botframework.example',
  ToChannelFromBotOAuthScope: 'https://api.example',
  OAuthUrl: 'https://token.example',
  CallerId: 'urn:botframework:example',
};

function configError(env: Record<string, string>): string {
  try {
    botFrameworkSettings(loadConfig(env));
  } catch (err) {
    if (isAppError(err, 'CONFIG_INVALID')) return err.message;
    throw err;
  }
  throw new Error('expected a configuration error');
}

describe('Bot Framework settings from the environment', () => {
  it('passes the standard keys on as botbuilder names them, and no parameterized key when none is set', () => {
    const options = botFrameworkSettings(loadConfig({ ...APP, MicrosoftAppType: 'SingleTenant' }));
    expect(options).toMatchObject({ ...APP, MicrosoftAppType: 'SingleTenant', ValidateAuthority: true });
    for (const key of PARAMETERIZED_AUTH_KEYS) expect(options).not.toHaveProperty(key);
  });

  it('passes on the complete parameterized set and ValidateAuthority', () => {
    const options = botFrameworkSettings(
      loadConfig({ ...APP, ...PARAMETERIZED, ValidateAuthority: 'false' }),
    );
    expect(options).toMatchObject({ ...PARAMETERIZED, ValidateAuthority: false });
  });

  it('refuses a partial parameterized set, naming the keys that are missing', () => {
    const message = configError({
      ...APP,
      ToBotFromChannelOpenIdMetadataUrl: PARAMETERIZED.ToBotFromChannelOpenIdMetadataUrl,
    });
    expect(message).toContain('ToBotFromChannelOpenIdMetadataUrl er satt');
    for (const key of PARAMETERIZED_AUTH_KEYS.filter((k) => k !== 'ToBotFromChannelOpenIdMetadataUrl'))
      expect(message).toContain(key);
  });

  it('refuses to run without authentication in production', () => {
    expect(configError({ NODE_ENV: 'production' })).toMatch(/MicrosoftAppId må settes i produksjon/);
  });

  it('allows running without authentication locally', () => {
    expect(botFrameworkSettings(loadConfig({ NODE_ENV: 'development' })).MicrosoftAppId).toBe('');
  });

  it('names what a single-tenant or managed-identity bot lacks', () => {
    expect(configError({ MicrosoftAppId: APP.MicrosoftAppId, MicrosoftAppType: 'SingleTenant' })).toMatch(
      /MicrosoftAppTenantId må settes.*MicrosoftAppPassword må settes/,
    );
    expect(configError({ ...APP, MicrosoftAppType: 'UserAssignedMSI' })).toMatch(
      /MicrosoftAppPassword skal være tom/,
    );
  });

  it('refuses an unknown ChannelService unless the parameterized keys describe the cloud', () => {
    expect(configError({ ...APP, ChannelService: 'https://botframework.example' })).toMatch(/ChannelService/);
    expect(() =>
      botFrameworkSettings(loadConfig({ ...APP, ChannelService: 'https://botframework.azure.us' })),
    ).not.toThrow();
  });

  it('refuses a ValidateAuthority that is not true or false, naming it', () => {
    expect(() => loadConfig({ ValidateAuthority: 'ja' })).toThrow(/ValidateAuthority/);
  });
});
