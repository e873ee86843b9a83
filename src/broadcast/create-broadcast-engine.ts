import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config';
import type { UserLanguageRepository } from '../data/repositories';
import type { Logger } from '../logger';
import { BroadcastEngine, type BroadcastProgress, type BroadcastRepositories } from './broadcast-engine';
import { broadcastOptionsFromConfig } from './broadcast-options';
import { createStatusCardProgress } from './status-card-progress';
import { TeamsMessenger } from './teams-messenger';

/**
 * The production broadcast engine: Teams messages through the bot's CloudAdapter, settings from BROADCAST_*,
 * and the author's status card updated in place as it goes (plus any extra progress listener).
 * After creating it, call resumeUnfinished() and startScheduler() at start-up, and stop() at shutdown.
 */
export function createBroadcastEngine(deps: {
  adapter: CloudAdapter;
  config: Config;
  repositories: BroadcastRepositories;
  logger: Logger;
  onProgress?: (progress: BroadcastProgress) => Promise<void> | void;
  /** The language each author last wrote in, so the status card keeps theirs (bokmål without it). */
  userLanguages?: UserLanguageRepository;
}): BroadcastEngine {
  const logger = deps.logger.child({ module: 'broadcast' });
  const messenger = new TeamsMessenger(deps.adapter, deps.config.MicrosoftAppId ?? '', logger);
  const statusCard = createStatusCardProgress({
    messenger,
    installations: deps.repositories.installations,
    userLanguages: deps.userLanguages,
    logger,
  });
  return new BroadcastEngine({
    repositories: deps.repositories,
    messenger,
    logger,
    options: broadcastOptionsFromConfig(deps.config),
    onProgress: async (progress) => {
      await statusCard(progress);
      await deps.onProgress?.(progress);
    },
  });
}
