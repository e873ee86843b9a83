import type { CloudAdapter } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { type App, createApp } from './app';
import type { BotFeature } from './bot/bot-feature';
import type { Config } from './config';
import { createRepositories, type DataLayer } from './data';
import { AnnouncerCheck } from './feedback/announcer-check';
import { createFeedbackFeature } from './feedback/feedback-feature';
import { createInstallationFeature } from './installations/installation-feature';
import { FeedbackRetention } from './feedback/retention';
import { createTopicNames } from './feedback/topic-names';
import type { Logger } from './logger';
import { createProjectOfficeFeature } from './office/project-office-feature';
import { createPseudonymizer, pseudonymSecretFrom } from './privacy/pseudonym';
import { createQuestionAnswerer } from './qa';
import { createTabRoutes } from './tab';

/** The composed application: the HTTP app and the data layer behind it. */
export interface Composition {
  app: App;
  data: DataLayer;
}

/**
 * Wires every part from the configuration: store, retention, features, adapter, bot and server. Used by
 * src/index.ts, `npm run chat` and the benchmarks, so they all run the same bot.
 */
export async function composeApplication(
  config: Config,
  logger: Logger,
  overrides: { credentialsFactory?: ServiceClientCredentialsFactory; adapter?: CloudAdapter } = {},
): Promise<Composition> {
  const pseudonymize = createPseudonymizer(pseudonymSecretFrom(config, logger));
  const questions = createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  const data = await createRepositories(config, logger);
  const retention = new FeedbackRetention(data, config.FEEDBACK_RETENTION_DAYS, logger);
  retention.start();
  const isAnnouncer = new AnnouncerCheck(config.ANNOUNCERS, logger).includes;
  // Questions the bot cannot answer go to the project office's channel; the answer comes back to the asker.
  const office = createProjectOfficeFeature({ config, data, pseudonymize, logger, isAnnouncer });
  const features: BotFeature[] = [
    // First, so that every conversation that talks to the bot can be reached later (announcements, answers).
    createInstallationFeature({ installations: data.installations, pseudonymize, logger }),
    // Ja/Nei, comments, `tilbakemelding`, the unanswered log and `statistikk` (announcers only).
    createFeedbackFeature({
      feedback: data.feedback,
      unanswered: data.unanswered,
      pseudonymize,
      isAnnouncer,
      logger,
      topicName: createTopicNames(questions.knowledgeBase),
      answers: questions,
    }),
    office.feature,
  ];

  const app = createApp(config, logger, {
    ...overrides,
    features,
    fallbackActions: office.fallbackActions,
    questions,
    health: async () => ({ store: data.kind, storeReachable: await data.healthy() }),
    // The personal tab: /tab and /api/tab.
    routes: createTabRoutes({ config, logger, feedback: data.feedback, pseudonymize, questions }),
    onStop: async () => {
      await retention.stop();
      await data.close();
    },
  });
  return { app, data };
}
