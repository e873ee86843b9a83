import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Server } from 'restify';
import type { BotFeature } from './bot/bot-feature';
import { HelseplattformenBot } from './bot/helseplattformen-bot';
import { createTurnErrorHandler } from './bot/turn-error';
import type { Config } from './config';
import type { Logger } from './logger';
import { createQuestionAnswerer } from './qa';
import { createServer } from './server';

/** The running application: its HTTP server and how to start and stop it. */
export interface App {
  server: Server;
  adapter: CloudAdapter;
  bot: HelseplattformenBot;
  /** Starts listening; resolves with the address. */
  start(): Promise<{ port: number; url: string }>;
  /** Stops accepting requests and lets the features finish. */
  stop(): Promise<void>;
}

/** Bot Framework authentication settings as botbuilder names them; auth is off when MicrosoftAppId is empty. */
export function botFrameworkSettings(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    // Without an app id there is nothing to authenticate with; botbuilder then accepts anonymous local traffic.
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
}

/** Builds the application from its configuration: answerer, adapter, bot, server. */
export function createApp(
  config: Config,
  logger: Logger,
  extra: {
    features?: BotFeature[];
    adapter?: CloudAdapter;
    routes?: (server: Server) => void;
    onStop?: () => Promise<void>;
  } = {},
): App {
  const { answerer, officeEmail } = createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  const adapter =
    extra.adapter ??
    new CloudAdapter(new ConfigurationBotFrameworkAuthentication(botFrameworkSettings(config)));
  adapter.onTurnError = createTurnErrorHandler(logger);
  const bot = new HelseplattformenBot({ answerer, officeEmail, logger, features: extra.features });
  const server = createServer({
    adapter,
    bot,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    routes: extra.routes,
  });
  return {
    server,
    adapter,
    bot,
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : config.PORT;
          resolve({ port, url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}` });
        });
      }),
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await extra.onStop?.();
    },
  };
}
