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
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
      res.send(400, { error: 'Forventet en Bot Framework-aktivitet som JSON' });
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
    return callback();
  });
  return server;
}
