import { z } from 'zod';
import { AppError } from './errors';
import { norwegianIssues } from './i18n/validation-messages';

/** One configuration setting: how it is parsed, what it means, and whether it is a secret. */
interface Setting<T extends z.ZodTypeAny> {
  schema: T;
  doc: string;
  secret?: boolean;
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = optionalString.pipe(z.string().url().optional());

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const intIn = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const setting = <T extends z.ZodTypeAny>(schema: T, doc: string, secret = false): Setting<T> => ({
  schema,
  doc,
  secret,
});

/** Every environment variable the bot reads, with its meaning in Norwegian (for the operators). env.TEMPLATE lists the same keys. */
export const settings = {
  PORT: setting(
    intIn(0, 65535, 3978),
    'HTTP-porten boten lytter på (0: en hvilken som helst ledig port, for tester)',
  ),
  HOST: setting(
    optionalString,
    'Adressen boten lytter på; tom: 127.0.0.1 (bare denne maskinen) mens autentisering er av (MicrosoftAppId tom), 0.0.0.0 (alle grensesnitt) når den er på',
  ),
  NODE_ENV: setting(
    z.enum(['development', 'production', 'test']).default('development'),
    'development, production eller test',
  ),
  LOG_LEVEL: setting(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'Loggnivå (pino)',
  ),
  LOG_FORMAT: setting(
    optionalString.pipe(z.enum(['json', 'pretty']).optional()),
    "Loggformat: 'json' (ett objekt per linje) eller 'pretty' (lesbart); tom: pretty når NODE_ENV=development, ellers json",
  ),
  MicrosoftAppId: setting(
    optionalString,
    'App-id for boten fra Azure Bot Service; tom slår av autentisering (bare for lokal bruk)',
  ),
  MicrosoftAppPassword: setting(optionalString, 'Klienthemmeligheten til bot-appen', true),
  MicrosoftAppType: setting(
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    'MultiTenant, SingleTenant eller UserAssignedMSI',
  ),
  MicrosoftAppTenantId: setting(optionalString, 'Entra ID-tenanten til bot-appen (SingleTenant)'),
  ChannelService: setting(
    optionalString,
    'Bot Framework-sky: tom for offentlig Azure, https://botframework.azure.us for US Government (overses når de parametriserte nøklene er satt)',
  ),
  ToBotFromChannelOpenIdMetadataUrl: setting(
    optionalUrl,
    'Parametrisert autentisering (sett alle sju eller ingen; ingen = offentlig Azure): OpenID-metadata for Bot Connector-tokenene',
  ),
  ToBotFromChannelTokenIssuer: setting(
    optionalString,
    'Parametrisert autentisering: utsteder av Bot Connector-tokenene (offentlig Azure: https://api.botframework.com)',
  ),
  ToBotFromEmulatorOpenIdMetadataUrl: setting(
    optionalUrl,
    'Parametrisert autentisering: OpenID-metadata for tokener fra Emulator og skills',
  ),
  ToChannelFromBotLoginUrl: setting(
    optionalUrl,
    'Parametrisert autentisering: Entra ID-autoriteten boten henter utgående tokener fra',
  ),
  ToChannelFromBotOAuthScope: setting(
    optionalString,
    'Parametrisert autentisering: omfang (audience) for de utgående tokenene (offentlig Azure: https://api.botframework.com)',
  ),
  OAuthUrl: setting(
    optionalUrl,
    'Parametrisert autentisering: URL til Bot Frameworks tokentjeneste (brukerinnlogging)',
  ),
  CallerId: setting(
    optionalString,
    'Parametrisert autentisering: avsender-id (caller id) som settes på autentiserte aktiviteter (offentlig Azure: urn:botframework:azure)',
  ),
  ValidateAuthority: setting(
    optionalString.pipe(z.enum(['true', 'false']).optional()).transform((v) => v !== 'false'),
    'Om Entra ID-autoriteten i ToChannelFromBotLoginUrl valideres (true eller false)',
  ),
  ALLOWED_TENANT_IDS: setting(
    list.pipe(z.array(z.string().uuid('hver oppføring må være en Entra ID-tenant-id (GUID)'))),
    'Kommaseparerte Entra ID-tenant-id-er der Teams-brukerne får bruke boten; tom tillater alle tenanter (advarsel i produksjon)',
  ),
  RATE_LIMIT_PER_MINUTE: setting(
    intIn(1, 1000, 30),
    'Meldinger én bruker kan sende per minutt; flere får ett høflig svar per minutt og overses ellers',
  ),
  TAB_RATE_LIMIT_PER_MINUTE: setting(
    intIn(1, 10_000, 600),
    'Kall én innlogget bruker kan gjøre mot fanens API (/api/tab) per minutt; flere får 429 med en norsk melding. Fanen spør selv etter sendestatus med få sekunders mellomrom og sjekker Kunnskap-utkastet mens redaktøren skriver, så hold verdien godt over 60',
  ),
  MAX_BODY_BYTES: setting(
    intIn(1024, 10 * 1024 * 1024, 128 * 1024),
    'Største forespørselskropp som tas imot, i byte; standardverdien rommer den største meldingen Teams sender (om lag 100 KB med omtaler og formatering, av det om lag 28 KB tekst) og aktiviteten rundt den',
  ),
  MONGODB_URI: setting(
    optionalString.pipe(
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\//, 'må begynne med mongodb:// eller mongodb+srv://')
        .optional(),
    ),
    'Tilkoblingsstreng til MongoDB (MongoDB, Azure Cosmos DB for MongoDB eller FerretDB); tom bruker det innebygde lageret i DATA_DIR',
    true,
  ),
  MONGODB_DB: setting(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,63}$/, 'bare bokstaver, sifre, _ og -')
      .default('helseplattformen'),
    'Navnet på MongoDB-databasen',
  ),
  MONGODB_TIMEOUT_MS: setting(
    intIn(100, 60000, 1500),
    'Hvor lenge en MongoDB-operasjon venter på en tilgjengelig server før den feiler (ms)',
  ),
  DATA_DIR: setting(
    z.string().trim().min(1).default('./.data'),
    "Mappen til det innebygde lageret som brukes når MONGODB_URI er tom (bare for lokal bruk; ':memory:' lagrer ingenting på disk)",
  ),
  FEEDBACK_RETENTION_DAYS: setting(
    intIn(1, 3650, 365),
    'Tilbakemeldinger og ubesvarte spørsmål eldre enn så mange dager slettes',
  ),
  KNOWLEDGE_BASE_FILE: setting(
    z.string().trim().default('content/knowledge-base.yaml'),
    'Stien til kunnskapsbasen (YAML)',
  ),
  BOT_ID: setting(
    optionalString.pipe(z.string().uuid().optional()),
    'Bot-id (GUID) som skrives inn i Teams-apppakken; tom betyr MicrosoftAppId',
  ),
  APP_BASE_URL: setting(
    optionalString
      .transform((v) => v ?? 'http://localhost:3978')
      .pipe(
        z
          .string()
          .url()
          .regex(/^https?:\/\//i, 'må begynne med http:// eller https://'),
      )
      .transform((v) => v.replace(/\/+$/, '')),
    'Offentlig grunnadresse (URL) til boten og den personlige fanen (https i Teams), uten skråstrek til slutt',
  ),
  AAD_APP_CLIENT_ID: setting(
    optionalString.pipe(z.string().uuid().optional()),
    'Entra ID-app-id (klient-id) for enkel pålogging i Teams-apppakken; tom betyr bot-id-en',
  ),
  TEAMS_REQUESTS_PER_SECOND: setting(
    intIn(1, 1000, 30),
    'Flest forespørsler per sekund boten sender til Teams på eget initiativ (kunngjøringer, endringer, tilbakekallinger, statuskort, kort til prosjektkontoret), for hele appen: instanser på samme MongoDB deler grensen; senkes en stund når Teams svarer 429 (Teams tillater om lag 50 per bot; mer bare mot en testkobling)',
  ),
  BROADCAST_CONCURRENCY: setting(
    intIn(1, 64, 8),
    'Kunngjøringer: forespørsler til Teams som kan pågå samtidig',
  ),
  BROADCAST_MAX_ATTEMPTS: setting(
    intIn(1, 10, 5),
    'Kunngjøringer: mislykkede forsøk per mottaker før mottakeren regnes som feilet (en 429 fra Teams teller ikke; fire ganger så mange 429 tillates)',
  ),
  BROADCAST_LEASE_MS: setting(
    intIn(1000, 600000, 30000),
    'Kunngjøringer: leietid (ms); stopper instansen som sender, tar en annen over etter så lang tid',
  ),
  BROADCAST_TICK_SECONDS: setting(
    intIn(1, 3600, 10),
    'Kunngjøringer: hvor ofte planlagte og uferdige kunngjøringer letes fram (sekunder)',
  ),
  PROJECT_OFFICE_CHANNEL: setting(
    optionalString,
    "Prosjektkontoret: samtale-id til Teams-kanalen spørsmål sendes til (19:…@thread.tacv2); tom lar et medlem av kontoret velge den ved å skrive 'velg som prosjektkontor-kanal' i kanalen",
  ),
  PROJECT_OFFICE_SERVICE_URL: setting(
    optionalString.pipe(
      z
        .string()
        .url()
        .regex(/^https?:\/\//i, 'må begynne med http:// eller https://')
        .optional(),
    ),
    'Prosjektkontoret: Bot Connector-tjenesteadresse for PROJECT_OFFICE_CHANNEL når boten ikke har en lagret installasjon i det teamet (f.eks. https://smba.trafficmanager.net/emea/)',
  ),
  PROJECT_OFFICE_MEMBERS: setting(
    list,
    'Prosjektkontoret: hvem som kan ta og besvare spørsmål og velge kanal, kommaseparerte Entra ID-objekt-id-er eller UPN-er',
  ),
  PROJECT_OFFICE_TEAM_ID: setting(
    optionalString,
    'Prosjektkontoret: id til Teams-teamet (19:…@thread.tacv2) der medlemmene også kan ta og besvare spørsmål; tom: bare PROJECT_OFFICE_MEMBERS',
  ),
  ANNOUNCERS: setting(
    list,
    'Hvem som kan skrive kunngjøringer: kommaseparerte Entra ID-objekt-id-er eller brukerhovednavn (UPN, påloggingsnavn i e-postform)',
  ),
  ANNOUNCER_TEAM_ID: setting(
    optionalString,
    'Kunngjøringer: id til et Teams-team (19:…@thread.tacv2) der medlemmene også kan skrive kunngjøringer (chat og fane) og se statistikk; tom: bare ANNOUNCERS',
  ),
  KNOWLEDGE_EDITORS: setting(
    list,
    'Hvem som kan endre kunnskapsbasen: kommaseparerte Entra ID-objekt-id-er eller brukerhovednavn (UPN)',
  ),
  KNOWLEDGE_POLL_MS: setting(
    intIn(100, 300_000, 2000),
    'Hvor ofte hver instans ser etter en versjon av kunnskapsbasen som en annen instans har publisert (ms)',
  ),
  TAB_AUTH: setting(
    z.enum(['on', 'off']).default('on'),
    "Innlogging i den personlige fanens API: 'on' krever et Entra ID-token fra enkel pålogging i Teams; 'off' er bare for lokal utvikling og avvises når NODE_ENV=production",
  ),
  TAB_AUTH_ISSUER: setting(
    optionalString.pipe(z.string().url().optional()),
    'Forventet tokenutsteder for fanens API; tom betyr https://login.microsoftonline.com/<MicrosoftAppTenantId>/v2.0',
  ),
  TAB_AUTH_AUDIENCE: setting(
    list,
    'Godtatte token-målgrupper (audience) for fanens API (kommaseparert); tom betyr AAD_APP_CLIENT_ID (eller bot-id-en) og api://<vertsnavnet i APP_BASE_URL>/<den id-en>',
  ),
  TAB_AUTH_JWKS_URL: setting(
    optionalString.pipe(z.string().url().optional()),
    'Signeringsnøkler (JWKS) for tokener til fanens API; tom betyr tenantens nøkler på https://login.microsoftonline.com/<tenant eller common>/discovery/v2.0/keys',
  ),
  PSEUDONYM_SECRET: setting(
    optionalString.pipe(z.string().min(16, 'må være minst 16 tegn').optional()),
    'Nøkkel (minst 16 tegn) for HMAC-pseudonymene av bruker-id-er i lagrede data og logger; påkrevd i produksjon',
    true,
  ),
} as const;

type Settings = typeof settings;
type Parsed = { [K in keyof Settings]: z.output<Settings[K]['schema']> };
/** The validated configuration, one typed field per environment variable (HOST always resolved). */
export type Config = Omit<Parsed, 'HOST'> & { HOST: string };

/**
 * Where the bot listens when HOST is empty: without authentication anyone who can reach the port can talk to the
 * bot as anyone, so only this machine; with authentication every interface (containers, App Service).
 */
export function defaultHost(config: Pick<Parsed, 'MicrosoftAppId'>): string {
  return config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1';
}

/** Reads and validates the configuration; throws an AppError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const shape = Object.fromEntries(Object.entries(settings).map(([k, s]) => [k, s.schema])) as {
    [K in keyof Settings]: Settings[K]['schema'];
  };
  const result = z.object(shape).safeParse(env, { errorMap: norwegianIssues });
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `${i.path.join('.')}: ${i.message} (${settings[i.path[0] as keyof Settings]?.doc ?? ''})`)
      .join('; ');
    throw new AppError('CONFIG_INVALID', `Ugyldig konfigurasjon: ${problems}`);
  }
  if (env.BROADCAST_RATE_PER_SECOND !== undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      'Ugyldig konfigurasjon: BROADCAST_RATE_PER_SECOND heter nå TEAMS_REQUESTS_PER_SECOND og gjelder alle meldinger boten sender på eget initiativ',
    );
  }
  if (result.data.TAB_AUTH === 'off' && result.data.NODE_ENV === 'production') {
    throw new AppError(
      'CONFIG_INVALID',
      'Ugyldig konfigurasjon: TAB_AUTH=off slår av innloggingen i fanen og er ikke tillatt når NODE_ENV=production',
    );
  }
  const parsed = result.data as Parsed;
  return { ...parsed, HOST: parsed.HOST ?? defaultHost(parsed) };
}

/** A copy of the configuration safe to log: secrets replaced, with the source of each value. */
export function redactedSummary(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, s] of Object.entries(settings)) {
    const value = config[key as keyof Config];
    const source = env[key] !== undefined && env[key] !== '' ? 'env' : 'default';
    const shown =
      value === undefined
        ? '(unset)'
        : s.secret
          ? '***'
          : Array.isArray(value)
            ? value.join(',')
            : String(value);
    out[key] = `${shown} [${source}]`;
  }
  return out;
}
