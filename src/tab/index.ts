import type { Server } from 'restify';
import type { TabAccessCheck } from '../access/access-policy';
import type { Config } from '../config';
import type { FeedbackRepository } from '../data/repositories';
import type { Logger } from '../logger';
import { createQuestionAnswerer, type QuestionAnswering } from '../qa';
import { KnowledgeMatcher } from './knowledge-matches';
import { registerTabApi, type TabBroadcast } from './tab-api';
import { tabAuthSettings } from './tab-auth-settings';
import { createTabAuthenticator } from './tab-authenticator';
import { registerTabStatic } from './tab-static';

export type { TabBroadcast } from './tab-api';

/** What the personal tab needs from the rest of the application. */
export interface TabRoutesDependencies {
  config: Config;
  logger: Logger;
  /** The same feedback store the bot writes to. */
  feedback: FeedbackRepository;
  /** The same pseudonym the bot stores for a user (HMAC of the Entra ID object id). */
  pseudonymize: (userId: string) => string;
  /** The access policy built in the composition (src/access). */
  access: TabAccessCheck;
  /** The broadcast engine and its repositories; without them the composer answers 503. */
  broadcast?: TabBroadcast;
  /** Folder of the built tab (default tab/dist). */
  distDir?: string;
  /** The bot's knowledge base and answerer (loaded from KNOWLEDGE_BASE_FILE when absent). */
  questions?: QuestionAnswering;
}

/**
 * The personal tab "Prosjektinfo": its web app under /tab and its API under /api/tab, answering from the same
 * knowledge base file as the bot. Pass the result as createApp's `extra.routes`.
 */
export function createTabRoutes(deps: TabRoutesDependencies): (server: Server) => void {
  const { config, logger } = deps;
  const settings = tabAuthSettings(config);
  // Outside production the start line (src/start-report.ts) says what is off; in production it is a fault.
  const production = config.NODE_ENV === 'production';
  if (settings.mode === 'off') {
    logger.debug('TAB_AUTH=off: the tab API accepts calls without sign-in (local development only)');
  } else if (settings.problem) {
    logger[production ? 'error' : 'debug'](
      { problem: settings.problem },
      'The tab API cannot check sign-ins; every call will be refused',
    );
  }
  const { knowledgeBase, language, answerer } =
    deps.questions ?? createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  const matcher = new KnowledgeMatcher(knowledgeBase, language);
  const authenticator = createTabAuthenticator(settings, logger);
  return (server) => {
    registerTabStatic(server, { distDir: deps.distDir, logger });
    registerTabApi(server, {
      authenticator,
      access: deps.access,
      knowledgeBase,
      answerer,
      matcher,
      feedback: deps.feedback,
      pseudonymize: deps.pseudonymize,
      broadcast: deps.broadcast,
      logger,
    });
  };
}
