import type { Server } from 'restify';
import type { TabAccessCheck } from '../access/access-policy';
import type { Config } from '../config';
import type { FeedbackRepository } from '../data/repositories';
import type { Logger } from '../logger';
import { createQuestionAnswerer, type QuestionAnswering } from '../qa';
import { KnowledgeMatcher } from './knowledge-matches';
import { registerTabApi, type TabBroadcast } from './tab-api';
import { registerKnowledgeApi, type KnowledgeApiDependencies } from '../knowledge/knowledge-api';
import { tabAuthSettings } from './tab-auth-settings';
import { createTabAuthenticator } from './tab-authenticator';
import { registerTabStatic } from './tab-static';
import { tabRateLimit } from './tab-rate-limit';
import { memoryRateLimit, type RateLimit } from '../security/rate-limit';

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
  /** The knowledge editor (the Kunnskap view) and its learning loop; without it /api/tab/knowledge is not served. */
  knowledge?: Omit<KnowledgeApiDependencies, 'authenticator' | 'access' | 'pseudonymize' | 'logger'>;
  /** Calls per signed-in user to anything under /api/tab (default: TAB_RATE_LIMIT_PER_MINUTE in this process). */
  rateLimit?: RateLimit;
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
  const questions = deps.questions ?? createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  // One matcher per knowledge version: a publish is searched at once, and the old matches are dropped.
  let matcher: { version: number; matcher: KnowledgeMatcher } | undefined;
  const currentMatcher = (): KnowledgeMatcher => {
    if (matcher?.version !== questions.version) {
      matcher = {
        version: questions.version,
        matcher: new KnowledgeMatcher(questions.knowledgeBase, questions.language),
      };
    }
    return matcher.matcher;
  };
  const authenticator = createTabAuthenticator(settings, logger);
  const rateLimit = deps.rateLimit ?? memoryRateLimit(config.TAB_RATE_LIMIT_PER_MINUTE, 60_000);
  return (server) => {
    // On the whole of /api/tab, before any of its routes (the ones registered here and any added later).
    server.use(tabRateLimit(authenticator, rateLimit, logger));
    registerTabStatic(server, { distDir: deps.distDir, logger });
    registerTabApi(server, {
      authenticator,
      access: deps.access,
      questions,
      matcher: currentMatcher,
      knowledgeEditing: deps.knowledge !== undefined,
      feedback: deps.feedback,
      pseudonymize: deps.pseudonymize,
      broadcast: deps.broadcast,
      logger,
    });
    if (deps.knowledge) {
      registerKnowledgeApi(server, {
        ...deps.knowledge,
        authenticator,
        access: deps.access,
        pseudonymize: deps.pseudonymize,
        logger,
      });
    }
  };
}
