import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../config';
import { AppError } from '../errors';

/**
 * The parameterized Bot Framework keys. botbuilder (BotFrameworkAuthenticationFactory.create) treats them as a
 * set: as soon as one is non-empty it stops using the public-cloud defaults for ALL of them, so one key set
 * alone would leave the others undefined (no issuer, no OpenID metadata) and break authentication in odd ways.
 */
export const PARAMETERIZED_AUTH_KEYS = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
  'CallerId',
] as const satisfies readonly (keyof Config)[];

/** The US Government cloud, the only ChannelService value botbuilder knows besides empty (public Azure). */
const US_GOVERNMENT_CHANNEL_SERVICE = 'https://botframework.azure.us';

/** Everything wrong with the Bot Framework settings, each naming the variables to fix; empty when they are usable. */
export function botFrameworkSettingsProblems(config: Config): string[] {
  const problems: string[] = [];
  const set = PARAMETERIZED_AUTH_KEYS.filter((key) => config[key] !== undefined);
  if (set.length > 0 && set.length < PARAMETERIZED_AUTH_KEYS.length) {
    const missing = PARAMETERIZED_AUTH_KEYS.filter((key) => config[key] === undefined);
    problems.push(
      `${set.join(', ')} er satt, da må også ${missing.join(', ')} settes ` +
        '(Bot Framework bruker ingen standardverdier når én av disse er satt; la alle stå tomme for offentlig Azure)',
    );
  }
  if (set.length === 0 && config.ChannelService && config.ChannelService !== US_GOVERNMENT_CHANNEL_SERVICE) {
    problems.push(
      `ChannelService må være tom (offentlig Azure) eller ${US_GOVERNMENT_CHANNEL_SERVICE}; ` +
        'andre skyer krever alle de parameteriserte nøklene',
    );
  }
  if (!config.MicrosoftAppId) {
    if (config.NODE_ENV === 'production')
      problems.push(
        'MicrosoftAppId må settes i produksjon (NODE_ENV=production), ellers er autentisering av',
      );
    return problems;
  }
  switch (config.MicrosoftAppType) {
    case 'SingleTenant':
      if (!config.MicrosoftAppTenantId)
        problems.push('MicrosoftAppTenantId må settes når MicrosoftAppType er SingleTenant');
      if (!config.MicrosoftAppPassword)
        problems.push('MicrosoftAppPassword må settes når MicrosoftAppType er SingleTenant');
      break;
    case 'MultiTenant':
      if (!config.MicrosoftAppPassword)
        problems.push('MicrosoftAppPassword må settes når MicrosoftAppType er MultiTenant');
      break;
    case 'UserAssignedMSI':
      if (!config.MicrosoftAppTenantId)
        problems.push('MicrosoftAppTenantId må settes når MicrosoftAppType er UserAssignedMSI');
      if (config.MicrosoftAppPassword)
        problems.push('MicrosoftAppPassword skal være tom når MicrosoftAppType er UserAssignedMSI');
      break;
  }
  return problems;
}

/**
 * Bot Framework authentication settings as botbuilder names them, for ConfigurationBotFrameworkAuthentication.
 * Authentication is off when MicrosoftAppId is empty (local use only; refused in production). Throws
 * CONFIG_INVALID naming the variables when the settings cannot work.
 */
export function botFrameworkSettings(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  const problems = botFrameworkSettingsProblems(config);
  if (problems.length > 0)
    throw new AppError('CONFIG_INVALID', `Ugyldig konfigurasjon: ${problems.join('; ')}`);
  const parameterized = Object.fromEntries(
    PARAMETERIZED_AUTH_KEYS.filter((key) => config[key] !== undefined).map((key) => [key, config[key]]),
  );
  return {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    // Without an app id there is nothing to authenticate with; botbuilder then accepts anonymous local traffic.
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ChannelService: config.ChannelService ?? '',
    ValidateAuthority: config.ValidateAuthority,
    ...parameterized,
  };
}
