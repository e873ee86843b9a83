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

/** Every environment variable the bot reads, with its meaning. env.TEMPLATE lists the same keys. */
export const settings = {
  PORT: setting(intIn(0, 65535, 3978), 'HTTP port the bot listens on (0: any free port, for tests)'),
  HOST: setting(
    optionalString,
    'Address the bot listens on; empty: 127.0.0.1 (this machine only) while authentication is off (MicrosoftAppId empty), 0.0.0.0 (every interface) when it is on',
  ),
  NODE_ENV: setting(
    z.enum(['development', 'production', 'test']).default('development'),
    'development, production or test',
  ),
  LOG_LEVEL: setting(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'Log level (pino)',
  ),
  LOG_FORMAT: setting(
    optionalString.pipe(z.enum(['json', 'pretty']).optional()),
    "Log format: 'json' (one object per line) or 'pretty' (readable); empty: pretty when NODE_ENV=development, else json",
  ),
  MicrosoftAppId: setting(
    optionalString,
    'Bot app id from Azure Bot Service; empty turns authentication off (local use only)',
  ),
  MicrosoftAppPassword: setting(optionalString, 'Client secret of the bot app', true),
  MicrosoftAppType: setting(
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    'MultiTenant, SingleTenant or UserAssignedMSI',
  ),
  MicrosoftAppTenantId: setting(optionalString, 'Entra ID tenant of the bot app (SingleTenant)'),
  ChannelService: setting(
    optionalString,
    'Bot Framework cloud: empty for public Azure, https://botframework.azure.us for US Government (ignored when the parameterized keys are set)',
  ),
  ToBotFromChannelOpenIdMetadataUrl: setting(
    optionalUrl,
    'Parameterized auth (set all seven or none; none = public Azure): OpenID metadata of the Bot Connector tokens',
  ),
  ToBotFromChannelTokenIssuer: setting(
    optionalString,
    'Parameterized auth: issuer of the Bot Connector tokens (public Azure: https://api.botframework.com)',
  ),
  ToBotFromEmulatorOpenIdMetadataUrl: setting(
    optionalUrl,
    'Parameterized auth: OpenID metadata of Emulator and skill tokens',
  ),
  ToChannelFromBotLoginUrl: setting(
    optionalUrl,
    'Parameterized auth: Entra ID authority the bot gets its outgoing tokens from',
  ),
  ToChannelFromBotOAuthScope: setting(
    optionalString,
    'Parameterized auth: scope (audience) of the outgoing tokens (public Azure: https://api.botframework.com)',
  ),
  OAuthUrl: setting(optionalUrl, 'Parameterized auth: Bot Framework token service URL (user sign-in)'),
  CallerId: setting(
    optionalString,
    'Parameterized auth: caller id stamped on authenticated activities (public Azure: urn:botframework:azure)',
  ),
  ValidateAuthority: setting(
    optionalString.pipe(z.enum(['true', 'false']).optional()).transform((v) => v !== 'false'),
    'Whether the Entra ID authority of ToChannelFromBotLoginUrl is validated (true or false)',
  ),
  ALLOWED_TENANT_IDS: setting(
    list.pipe(z.array(z.string().uuid('each entry must be an Entra ID tenant id (GUID)'))),
    'Comma-separated Entra ID tenant ids whose Teams users may use the bot; empty allows every tenant (warned in production)',
  ),
  RATE_LIMIT_PER_MINUTE: setting(
    intIn(1, 1000, 30),
    'Messages one user may send per minute; more get one polite reply per minute and are otherwise ignored',
  ),
  TAB_RATE_LIMIT_PER_MINUTE: setting(
    intIn(1, 10_000, 600),
    'Calls one signed-in user may make to the tab API (/api/tab) per minute; more get 429 with a Norwegian message. The tab itself polls a sending status every few seconds and checks the Kunnskap draft while the editor types, so keep it well above 60',
  ),
  MAX_BODY_BYTES: setting(
    intIn(1024, 10 * 1024 * 1024, 128 * 1024),
    'Largest accepted request body in bytes; the default fits the largest message Teams sends (about 100 KB with mentions and formatting, of which about 28 KB text) and the activity around it',
  ),
  MONGODB_URI: setting(
    optionalString.pipe(
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
        .optional(),
    ),
    'MongoDB connection string (MongoDB, Azure Cosmos DB for MongoDB or FerretDB); empty uses the embedded store in DATA_DIR',
    true,
  ),
  MONGODB_DB: setting(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only')
      .default('helseplattformen'),
    'MongoDB database name',
  ),
  MONGODB_TIMEOUT_MS: setting(
    intIn(100, 60000, 1500),
    'How long a MongoDB operation waits for a reachable server before it fails (ms)',
  ),
  DATA_DIR: setting(
    z.string().trim().min(1).default('./.data'),
    "Folder of the embedded store used when MONGODB_URI is empty (local use only; ':memory:' keeps nothing on disk)",
  ),
  FEEDBACK_RETENTION_DAYS: setting(
    intIn(1, 3650, 365),
    'Feedback and unanswered questions older than this many days are deleted',
  ),
  KNOWLEDGE_BASE_FILE: setting(
    z.string().trim().default('content/knowledge-base.yaml'),
    'Path to the knowledge base (YAML)',
  ),
  BOT_ID: setting(
    optionalString.pipe(z.string().uuid().optional()),
    'Bot id (GUID) written into the Teams app package; empty means MicrosoftAppId',
  ),
  APP_BASE_URL: setting(
    optionalString
      .transform((v) => v ?? 'http://localhost:3978')
      .pipe(
        z
          .string()
          .url()
          .regex(/^https?:\/\//i, 'must start with http:// or https://'),
      )
      .transform((v) => v.replace(/\/+$/, '')),
    'Public base URL of the bot and the personal tab (https in Teams), without a trailing slash',
  ),
  AAD_APP_CLIENT_ID: setting(
    optionalString.pipe(z.string().uuid().optional()),
    'Entra ID app (client) id for single sign-on in the Teams app package; empty means the bot id',
  ),
  TEAMS_REQUESTS_PER_SECOND: setting(
    intIn(1, 1000, 30),
    'Most requests per second the bot makes to Teams on its own (announcements, edits, recalls, status cards, project-office cards), for the whole app: instances on one MongoDB share it; lowered for a while when Teams answers 429 (Teams allows about 50 per bot; more only against a test connector)',
  ),
  BROADCAST_CONCURRENCY: setting(intIn(1, 64, 8), 'Announcements: requests to Teams under way at once'),
  BROADCAST_MAX_ATTEMPTS: setting(
    intIn(1, 10, 5),
    'Announcements: failed attempts per recipient before it counts as failed (a 429 from Teams is not one; four times as many 429s are allowed)',
  ),
  BROADCAST_LEASE_MS: setting(
    intIn(1000, 600000, 30000),
    'Announcements: lease time (ms); if the sending instance dies, another takes over after this',
  ),
  BROADCAST_TICK_SECONDS: setting(
    intIn(1, 3600, 10),
    'Announcements: how often scheduled and unfinished announcements are looked for (seconds)',
  ),
  PROJECT_OFFICE_CHANNEL: setting(
    optionalString,
    "Project office: conversation id of the Teams channel questions go to (19:…@thread.tacv2); empty lets an office member choose it by typing 'velg som prosjektkontor-kanal' in the channel",
  ),
  PROJECT_OFFICE_SERVICE_URL: setting(
    optionalString.pipe(
      z
        .string()
        .url()
        .regex(/^https?:\/\//i, 'must start with http:// or https://')
        .optional(),
    ),
    'Project office: Bot Connector service URL for PROJECT_OFFICE_CHANNEL when the bot has no stored installation in that team (e.g. https://smba.trafficmanager.net/emea/)',
  ),
  PROJECT_OFFICE_MEMBERS: setting(
    list,
    'Project office: who may take and answer questions and choose the channel, comma-separated Entra ID object ids or UPNs',
  ),
  PROJECT_OFFICE_TEAM_ID: setting(
    optionalString,
    'Project office: id of the Teams team (19:…@thread.tacv2) whose members may also take and answer questions; empty: PROJECT_OFFICE_MEMBERS only',
  ),
  ANNOUNCERS: setting(
    list,
    'Who may write announcements: comma-separated Entra ID object ids or user principal names (e-mail style sign-in names)',
  ),
  ANNOUNCER_TEAM_ID: setting(
    optionalString,
    'Announcements: id of a Teams team (19:…@thread.tacv2) whose members may also write announcements (chat and tab) and see statistics; empty: ANNOUNCERS only',
  ),
  KNOWLEDGE_EDITORS: setting(
    list,
    'Who may change the knowledge base: comma-separated Entra ID object ids or user principal names',
  ),
  KNOWLEDGE_POLL_MS: setting(
    intIn(100, 300_000, 2000),
    'How often each instance looks in the store for a knowledge base version published by another instance (ms)',
  ),
  TAB_AUTH: setting(
    z.enum(['on', 'off']).default('on'),
    "Personal tab API sign-in: 'on' requires an Entra ID token from Teams single sign-on; 'off' is for local development only and refused when NODE_ENV=production",
  ),
  TAB_AUTH_ISSUER: setting(
    optionalString.pipe(z.string().url().optional()),
    'Expected token issuer for the tab API; empty means https://login.microsoftonline.com/<MicrosoftAppTenantId>/v2.0',
  ),
  TAB_AUTH_AUDIENCE: setting(
    list,
    'Accepted token audiences for the tab API (comma-separated); empty means AAD_APP_CLIENT_ID (or the bot id) and api://<APP_BASE_URL host>/<that id>',
  ),
  TAB_AUTH_JWKS_URL: setting(
    optionalString.pipe(z.string().url().optional()),
    'Signing keys (JWKS) for tab API tokens; empty means the tenant keys at https://login.microsoftonline.com/<tenant or common>/discovery/v2.0/keys',
  ),
  PSEUDONYM_SECRET: setting(
    optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    'Key (16+ characters) for the HMAC pseudonyms of user ids in stored data and logs; required in production',
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
