import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config';
import type { RequestBudgetRepository, UserLanguageRepository } from '../data/repositories';
import type { Logger } from '../logger';
import { BroadcastEngine, type BroadcastProgress, type BroadcastRepositories } from './broadcast-engine';
import { broadcastOptionsFromConfig } from './broadcast-options';
import { RateLimiter } from './rate-limiter';
import type { RequestBudget } from './request-budget';
import { SharedRequestBudget } from './shared-request-budget';
import { StatusCardUpdates } from './status-card-updates';
import { TeamsMessenger } from './teams-messenger';

/**
 * The app's one budget of requests to Teams (TEAMS_REQUESTS_PER_SECOND): shared through the store when other
 * instances may use the same store (`shared`, i.e. MongoDB), kept in this process otherwise.
 */
export function createRequestBudget(
  config: Pick<Config, 'TEAMS_REQUESTS_PER_SECOND'>,
  shared: RequestBudgetRepository | undefined,
  logger: Logger,
): RequestBudget {
  const settings = { ratePerSecond: config.TEAMS_REQUESTS_PER_SECOND };
  return shared ? new SharedRequestBudget(shared, settings, logger) : new RateLimiter(settings);
}

/** The broadcast engine and the status cards it keeps up to date. */
export interface BroadcastService {
  engine: BroadcastEngine;
  statusCards: StatusCardUpdates;
}

/**
 * The production broadcast engine: Teams messages through the bot's CloudAdapter, settings from BROADCAST_*, every
 * request within the app's request budget, and the author's status card updated in place as it goes (plus any extra
 * progress listener). After creating it, call resumeUnfinished() and startScheduler() at start-up; at shutdown stop
 * the engine, then the status cards.
 */
export function createBroadcastEngine(deps: {
  adapter: CloudAdapter;
  config: Config;
  repositories: BroadcastRepositories;
  logger: Logger;
  /** The app's request budget; one of this process's own (createRequestBudget) when absent. */
  budget?: RequestBudget;
  onProgress?: (progress: BroadcastProgress) => Promise<void> | void;
  /** The language each author last wrote in, so the status card keeps theirs (bokmål without it). */
  userLanguages?: UserLanguageRepository;
}): BroadcastService {
  const logger = deps.logger.child({ module: 'broadcast' });
  const messenger = new TeamsMessenger(deps.adapter, deps.config.MicrosoftAppId ?? '', logger);
  const budget = deps.budget ?? createRequestBudget(deps.config, undefined, logger);
  const statusCards = new StatusCardUpdates({
    messenger,
    budget,
    repositories: deps.repositories,
    userLanguages: deps.userLanguages,
    logger,
  });
  const engine = new BroadcastEngine({
    repositories: deps.repositories,
    messenger,
    budget,
    logger,
    options: broadcastOptionsFromConfig(deps.config),
    onProgress: async (progress) => {
      // Not awaited: the card waits for its chat's turn in the budget, and the engine need not wait with it.
      void statusCards.changed(progress.announcement.id);
      await deps.onProgress?.(progress);
    },
  });
  return { engine, statusCards };
}
