import type { Config } from '../config';

/** How the tab API checks callers: the resolved issuer, audiences and signing keys, or development mode. */
export interface TabAuthSettings {
  /** 'off' only with TAB_AUTH=off (never in production: loadConfig refuses it). */
  mode: 'on' | 'off';
  issuer?: string;
  audiences: string[];
  jwksUrl: string;
  /** Why tokens cannot be checked (a setting is missing); every API call then fails with this reason. */
  problem?: string;
}

/** The configuration the tab's sign-in reads. */
export type TabAuthConfig = Pick<
  Config,
  | 'TAB_AUTH'
  | 'TAB_AUTH_ISSUER'
  | 'TAB_AUTH_AUDIENCE'
  | 'TAB_AUTH_JWKS_URL'
  | 'MicrosoftAppTenantId'
  | 'AAD_APP_CLIENT_ID'
  | 'BOT_ID'
  | 'MicrosoftAppId'
  | 'APP_BASE_URL'
>;

const LOGIN = 'https://login.microsoftonline.com';

/**
 * Resolves the tab API's token checks from the configuration. Defaults follow Teams single sign-on: tokens are
 * Entra ID v2 tokens for the app registration named in webApplicationInfo (AAD_APP_CLIENT_ID, else the bot id),
 * whose audience is that id or its Application ID URI api://<host>/<id>.
 */
export function tabAuthSettings(config: TabAuthConfig): TabAuthSettings {
  const tenant = config.MicrosoftAppTenantId;
  const clientId = config.AAD_APP_CLIENT_ID ?? config.BOT_ID ?? config.MicrosoftAppId;
  const host = new URL(config.APP_BASE_URL).host;
  const issuer = config.TAB_AUTH_ISSUER ?? (tenant ? `${LOGIN}/${tenant}/v2.0` : undefined);
  const audiences =
    config.TAB_AUTH_AUDIENCE.length > 0
      ? config.TAB_AUTH_AUDIENCE
      : clientId
        ? [clientId, `api://${host}/${clientId}`]
        : [];
  const jwksUrl = config.TAB_AUTH_JWKS_URL ?? `${LOGIN}/${tenant ?? 'common'}/discovery/v2.0/keys`;
  const missing = [
    issuer ? undefined : 'TAB_AUTH_ISSUER (eller MicrosoftAppTenantId)',
    audiences.length > 0 ? undefined : 'TAB_AUTH_AUDIENCE (eller AAD_APP_CLIENT_ID)',
  ].filter((m): m is string => m !== undefined);
  return {
    mode: config.TAB_AUTH,
    issuer,
    audiences,
    jwksUrl,
    problem:
      config.TAB_AUTH === 'on' && missing.length > 0
        ? `Innloggingen i fanen er ikke satt opp: ${missing.join(' og ')} mangler.`
        : undefined,
  };
}
