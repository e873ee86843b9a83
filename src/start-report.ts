import path from 'node:path';
import type { Config } from './config';
import { tabAuthSettings } from './tab/tab-auth-settings';

/** A part of the bot that the configuration leaves off, and the setting that would turn it on. */
export interface FeatureOff {
  feature: string;
  why: string;
}

/**
 * What the configuration leaves off, each with its reason. The modules themselves log these at debug level outside
 * production; at start the whole list goes into one line (startLine), so a newcomer reads one sentence, not a list
 * of warnings.
 */
export function featuresOff(config: Config): FeatureOff[] {
  const off: FeatureOff[] = [];
  if (!config.MicrosoftAppId)
    off.push({ feature: 'authentication', why: 'MicrosoftAppId is empty; for local use only' });
  const tab = tabAuthSettings(config);
  if (tab.mode === 'off') off.push({ feature: 'tab sign-in', why: 'TAB_AUTH=off' });
  else if (tab.problem)
    off.push({
      feature: 'tab API',
      why: 'no TAB_AUTH_ISSUER/MicrosoftAppTenantId or TAB_AUTH_AUDIENCE/AAD_APP_CLIENT_ID, so every call is refused; TAB_AUTH=off tries the tab in a browser',
    });
  if (config.ANNOUNCERS.length === 0 && !config.ANNOUNCER_TEAM_ID)
    off.push({ feature: 'announcements', why: 'ANNOUNCERS and ANNOUNCER_TEAM_ID are empty' });
  if (config.PROJECT_OFFICE_MEMBERS.length === 0 && !config.PROJECT_OFFICE_TEAM_ID)
    off.push({
      feature: 'project office answers',
      why: 'PROJECT_OFFICE_MEMBERS and PROJECT_OFFICE_TEAM_ID are empty',
    });
  if (config.PSEUDONYM_SECRET === undefined)
    off.push({
      feature: 'protected pseudonyms',
      why: 'PSEUDONYM_SECRET is unset, the development key is used',
    });
  if (config.ALLOWED_TENANT_IDS.length === 0)
    off.push({ feature: 'tenant filter', why: 'ALLOWED_TENANT_IDS is empty, every tenant is let in' });
  return off;
}

/** Which store the bot uses, in words. */
export function describeStore(config: Config, kind: 'mongodb' | 'embedded'): string {
  if (kind === 'mongodb') return `MongoDB (database ${config.MONGODB_DB})`;
  if (config.DATA_DIR === ':memory:') return 'embedded, in memory only (nothing is kept)';
  return `embedded in ${path.resolve(config.DATA_DIR)} (one process only; MONGODB_URI for production)`;
}

/** The one line logged when the bot listens: where, which store, what is off and why. */
export function startLine(
  config: Config,
  url: string,
  storeKind: 'mongodb' | 'embedded',
): { fields: Record<string, unknown>; msg: string } {
  const off = featuresOff(config);
  const store = describeStore(config, storeKind);
  const offText =
    off.length === 0 ? 'nothing is off' : `off: ${off.map((f) => `${f.feature} (${f.why})`).join('; ')}`;
  return {
    fields: {
      url: `${url}/api/messages`,
      store: storeKind,
      off: off.map((f) => f.feature).join(', '),
    },
    msg: `Listening on ${url}/api/messages (health ${url}/healthz, tab ${url}/tab/) · store: ${store} · ${offText}`,
  };
}
