import type { CloudAdapter } from 'botbuilder';
import restify, { type Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from './logger';

/** What the HTTP server needs. */
export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  maxBodyBytes: number;
  /** Answers the health check: extra fields such as the store's state. */
  health?: () => Promise<Record<string, unknown>>;
  /** Registers further routes (the tab, its API). */
  routes?: (server: Server) => void;
}

function hasId(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (value as { id: string }).id !== ''
  );
}

/**
 * Why a request body is not a Bot Framework activity the adapter can take, or undefined when it is one. The adapter
 * itself would throw on these (a 500 with a stack trace in the log), so they are refused with a short reason first.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return 'Forventet en Bot Framework-aktivitet som JSON-objekt';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type.trim() === '')
    return 'Aktiviteten mangler «type» (for eksempel "message")';
  // Every activity the Bot Connector sends says where it came from and where replies go; without them the turn
  // could only fail.
  const missing = [
    typeof activity.serviceUrl === 'string' && activity.serviceUrl !== '' ? undefined : 'serviceUrl',
    hasId(activity.conversation) ? undefined : 'conversation.id',
    hasId(activity.from) ? undefined : 'from.id',
  ].filter((m) => m !== undefined);
  if (missing.length > 0) return `Aktiviteten mangler ${missing.map((m) => `«${m}»`).join(', ')}`;
  return undefined;
}

/** Creates the restify server: POST /api/messages for the Bot Connector, GET /healthz, and the plugged-in routes. */
export function createServer(deps: ServerDependencies): Server {
  const server = restify.createServer({ name: 'helseplattformen-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: deps.maxBodyBytes,
      mapParams: false,
      mapFiles: false,
      rejectUnknown: true,
    }),
  );

  server.post('/api/messages', async (req, res) => {
    // The Bot Connector only sends JSON; a form-encoded body would otherwise be parsed into an "activity" too.
    if (!req.is('json')) {
      res.send(415, { error: 'Forventet en Bot Framework-aktivitet som JSON (application/json)' });
      return;
    }
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', async (_req, res) => {
    const extra = deps.health ? await deps.health() : {};
    res.send(200, { status: 'ok', ...extra });
  });

  deps.routes?.(server);

  server.on('restifyError', (req, _res, err, callback) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.logger.error({ err, url: req.url }, 'request failed');
    else deps.logger.info({ status, url: req.url, reason: err.message }, 'request refused');
    // The body parser refuses other content types with only the type as its message: say what is expected.
    if (status === 415) {
      const reason = `Innholdstypen ${err.message || 'mangler'} støttes ikke; send JSON (Content-Type: application/json)`;
      Object.assign(err, {
        toJSON: () => ({ code: 'UnsupportedMediaType', error: reason, message: reason }),
      });
    }
    return callback();
  });
  return server;
}
