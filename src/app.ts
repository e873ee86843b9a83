import { CloudAdapter } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Server } from 'restify';
import type { BotFeature } from './bot/bot-feature';
import { type BotDependencies, HelseplattformenBot } from './bot/helseplattformen-bot';
import { createTurnErrorHandler } from './bot/turn-error';
import { ReplyLanguage } from './bot/turn-language';
import type { UserLanguageRepository } from './data/repositories';
import type { Config } from './config';
import type { Logger } from './logger';
import { createQuestionAnswerer, type QuestionAnswering } from './qa';
import { botFrameworkSettings } from './security/bot-framework-settings';
import { ChannelAuthentication } from './security/channel-authentication';
import { MessageRateLimit } from './security/message-rate-limit';
import { memoryRateLimit, type RateLimit } from './security/rate-limit';
import { TenantFilter } from './security/tenant-filter';
import { TurnLogging } from './security/turn-logging';
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

/** Bot Framework authentication settings as botbuilder names them (see src/security/bot-framework-settings.ts). */
export { botFrameworkSettings };

/** The Bot Framework adapter with the bot's authentication; createApp makes one unless it is given one. */
export function createBotAdapter(
  config: Config,
  credentialsFactory?: ServiceClientCredentialsFactory,
): CloudAdapter {
  return new CloudAdapter(new ChannelAuthentication(botFrameworkSettings(config), credentialsFactory));
}

/** Builds the application from its configuration: answerer, adapter, bot, server. */
export function createApp(
  config: Config,
  logger: Logger,
  extra: {
    features?: BotFeature[];
    /** Extra buttons under a fallback answer (the project office's "Send spørsmålet til prosjektkontoret"). */
    fallbackActions?: BotDependencies['fallbackActions'];
    adapter?: CloudAdapter;
    /** Credentials for the bot's outgoing calls (tests: a local fake); default from MicrosoftAppId/Password. */
    credentialsFactory?: ServiceClientCredentialsFactory;
    routes?: (server: Server) => void;
    /** The loaded knowledge base and answerer (loaded from KNOWLEDGE_BASE_FILE when absent). */
    questions?: QuestionAnswering;
    /** Where each user's last language is remembered, by pseudonym (without it, only message, card and locale). */
    userLanguages?: { repository: UserLanguageRepository; pseudonymize: (userId: string) => string };
    /** Extra fields for GET /healthz (for example whether the store answers). */
    health?: () => Promise<Record<string, unknown>>;
    onStop?: () => Promise<void>;
    /** Messages, submits and invokes per user per minute (composition: shared through MongoDB when it is used). */
    messageRateLimit?: RateLimit;
  } = {},
): App {
  const questions = extra.questions ?? createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  const adapter = extra.adapter ?? createBotAdapter(config, extra.credentialsFactory);
  adapter.onTurnError = createTurnErrorHandler(logger);
  // The tenant filter goes first, so nothing else (not even rate-limit bookkeeping) runs for a foreign tenant.
  adapter.use(
    new TenantFilter(config.ALLOWED_TENANT_IDS, logger),
    new TurnLogging(logger),
    new MessageRateLimit(
      extra.messageRateLimit ?? memoryRateLimit(config.RATE_LIMIT_PER_MINUTE, 60_000),
      logger,
    ),
  );
  if (config.NODE_ENV === 'production' && config.ALLOWED_TENANT_IDS.length === 0)
    logger.warn('ALLOWED_TENANT_IDS is empty: Teams users of every tenant can use the bot');
  const bot = new HelseplattformenBot({
    questions,
    logger,
    features: extra.features,
    fallbackActions: extra.fallbackActions,
    language: new ReplyLanguage({
      markers: questions.language.markers,
      wordLanguage: (word) => questions.language.everyday.languageOf(word),
      userLanguages: extra.userLanguages?.repository,
      pseudonymize: extra.userLanguages?.pseudonymize,
      logger,
    }),
  });
  const server = createServer({
    adapter,
    bot,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    routes: extra.routes,
    health: extra.health,
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
