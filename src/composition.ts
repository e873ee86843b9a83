import type { CloudAdapter } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { AnnouncementDesk } from './announcements/announcement-desk';
import { createAnnouncementFeature } from './announcements/announcement-feature';
import { createAuthorChats } from './announcements/author-chat';
import { AccessPolicy } from './access/access-policy';
import { createInstallationDirectory } from './access/installation-directory';
import { teamsMemberDirectory } from './access/member-directory';
import { type App, createApp, createBotAdapter } from './app';
import type { BroadcastEngine } from './broadcast/broadcast-engine';
import { createBroadcastEngine, createRequestBudget } from './broadcast/create-broadcast-engine';
import type { StatusCardUpdates } from './broadcast/status-card-updates';
import type { BotFeature } from './bot/bot-feature';
import type { Config } from './config';
import { createRepositories, type DataLayer } from './data';
import { createFeedbackFeature } from './feedback/feedback-feature';
import { createInstallationFeature } from './installations/installation-feature';
import { FeedbackRetention } from './feedback/retention';
import { createTopicNames } from './feedback/topic-names';
import { onMissingText } from './i18n/translate';
import type { Logger } from './logger';
import type { Lang } from './qa/knowledge-base';
import { ConversationMessenger } from './office/conversation-messenger';
import { createProjectOfficeFeature } from './office/project-office-feature';
import { createPseudonymizer, pseudonymSecretFrom } from './privacy/pseudonym';
import { LiveKnowledge } from './knowledge/live-knowledge';
import { languageFileFor } from './qa';
import { loadKnowledgeBase } from './qa/knowledge-base';
import { loadLanguageData } from './qa/language-data';
import { memoryRateLimit, sharedRateLimit } from './security/rate-limit';
import { createTabRoutes } from './tab';

/** The composed application: the HTTP app, the data layer behind it and the announcement engine. */
export interface Composition {
  app: App;
  data: DataLayer;
  engine: BroadcastEngine;
  /** The authors' status cards, kept up to date within the request budget. */
  statusCards: StatusCardUpdates;
  /** Who may do what (the one access policy). */
  access: AccessPolicy;
}

/**
 * Wires every part from the configuration: store, retention, features, adapter, bot and server. Used by
 * src/index.ts, `npm run chat` and the benchmarks, so they all run the same bot.
 */
export async function composeApplication(
  config: Config,
  logger: Logger,
  overrides: {
    credentialsFactory?: ServiceClientCredentialsFactory;
    adapter?: CloudAdapter;
    /** Folder of the built tab (default tab/dist; the browser tests build into a folder of their own). */
    tabDistDir?: string;
    /**
     * A data layer other compositions use too (tests of several instances on one embedded store): the request budget
     * is then kept in it, as on MongoDB, and it is left open at stop.
     */
    data?: DataLayer;
  } = {},
): Promise<Composition> {
  const { tabDistDir, data: sharedData, ...appOverrides } = overrides;
  // A text missing from the catalogue fails the test that shows it; in use the reader sees "…" and we are told.
  if (config.NODE_ENV !== 'test')
    onMissingText((missing) => logger.warn({ missing }, 'text missing from the message catalogue'));
  const pseudonymize = createPseudonymizer(pseudonymSecretFrom(config, logger));
  const seed = loadKnowledgeBase(config.KNOWLEDGE_BASE_FILE);
  const language = loadLanguageData(languageFileFor(config.KNOWLEDGE_BASE_FILE));
  const data = sharedData ?? (await createRepositories(config, logger));
  // The knowledge base lives in the store (seeded from KNOWLEDGE_BASE_FILE); `questions` always reads as the
  // newest version this instance knows, so everything below answers from a publish without a restart.
  const questions = new LiveKnowledge({
    repository: data.knowledge,
    seed,
    language,
    logger,
    pollMs: config.KNOWLEDGE_POLL_MS,
  });
  await questions.start();
  let topicNames = { version: -1, names: createTopicNames(questions.knowledgeBase) };
  const topicName = (topicId: string, lang: Lang) => {
    if (topicNames.version !== questions.version)
      topicNames = { version: questions.version, names: createTopicNames(questions.knowledgeBase) };
    return topicNames.names(topicId, lang);
  };
  const retention = new FeedbackRetention(data, config.FEEDBACK_RETENTION_DAYS, logger);
  retention.start();
  // Announcements go out through the bot's own adapter, so it is made here and handed to createApp.
  const adapter = overrides.adapter ?? createBotAdapter(config, overrides.credentialsFactory);
  // Who may announce, see statistics, answer for the project office and edit knowledge: one policy for the chat,
  // card actions, invokes and the tab. The tab asks Teams through the bot's installations.
  // Every request to Teams the bot makes on its own draws from one budget; instances on one store share it.
  const budget = createRequestBudget(
    config,
    data.kind === 'mongodb' || sharedData ? data.requestBudget : undefined,
    logger,
  );
  const conversations = new ConversationMessenger(adapter, config.MicrosoftAppId ?? '', budget);
  const access = new AccessPolicy(
    config,
    logger,
    teamsMemberDirectory,
    createInstallationDirectory({
      adapter,
      appId: config.MicrosoftAppId ?? '',
      installations: data.installations,
      pseudonymize,
      budget,
    }),
  );
  if (access.isUnconfigured('announce'))
    logger.debug('ANNOUNCERS and ANNOUNCER_TEAM_ID are empty: nobody can write announcements');
  // Questions the bot cannot answer go to the project office's channel; the answer comes back to the asker.
  const office = createProjectOfficeFeature({ config, data, pseudonymize, logger, access, budget });
  const { engine, statusCards } = createBroadcastEngine({
    adapter,
    config,
    repositories: data,
    logger,
    budget,
    userLanguages: data.userLanguages,
  });
  // One announcement desk for the chat and the tab: the same rules, schedule window, status card and counts.
  const desk = new AnnouncementDesk({
    announcements: data.announcements,
    installations: data.installations,
    engine,
    logger,
    // However fast "Bekreft lest" comes in, the author's card follows (coalesced, within the budget).
    onAcknowledged: (id) => void statusCards.changed(id),
  });
  const authorChat = createAuthorChats({ installations: data.installations, messenger: conversations });
  const features: BotFeature[] = [
    // First, so that every conversation that talks to the bot can be reached later (announcements, answers).
    createInstallationFeature({ installations: data.installations, pseudonymize, logger }),
    // Ja/Nei, comments, `tilbakemelding`, the unanswered log and `statistikk` (announcers only).
    createFeedbackFeature({
      feedback: data.feedback,
      unanswered: data.unanswered,
      pseudonymize,
      mayViewStatistics: access.check('statistics'),
      logger,
      topicName,
      answers: questions,
    }),
    office.feature,
    // `kunngjøring`, the preview, the status card and `status` (announcers), and "Bekreft lest" (everyone).
    createAnnouncementFeature({
      announcements: data.announcements,
      installations: data.installations,
      engine,
      mayAnnounce: access.check('announce'),
      desk,
      pseudonymize,
      logger,
      // "status på opplæringen?" is a question; `app` exists by the time any message arrives.
      answerQuestion: async (context, question) => {
        await app.bot.answerQuestion(context, question);
      },
    }),
  ];

  // With MongoDB several instances may run: their limits are counted in the store, so they share them.
  const perMinute = (name: string, limit: number) =>
    data.kind === 'mongodb'
      ? sharedRateLimit(name, limit, 60_000, data.rateLimits, logger)
      : memoryRateLimit(limit, 60_000);
  const app = createApp(config, logger, {
    ...appOverrides,
    adapter,
    messageRateLimit: perMinute('messages', config.RATE_LIMIT_PER_MINUTE),
    features,
    fallbackActions: office.fallbackActions,
    questions,
    userLanguages: { repository: data.userLanguages, pseudonymize },
    health: async () => ({ store: data.kind, storeReachable: await data.healthy() }),
    // The personal tab: /tab and /api/tab.
    routes: createTabRoutes({
      config,
      logger,
      feedback: data.feedback,
      pseudonymize,
      questions,
      access,
      broadcast: { desk, installations: data.installations, authorChat },
      distDir: tabDistDir,
      knowledge: {
        knowledge: questions,
        unanswered: data.unanswered,
        suggestions: data.suggestions,
        learning: data.learning,
      },
      rateLimit: perMinute('tab', config.TAB_RATE_LIMIT_PER_MINUTE),
    }),
    onStop: async () => {
      // Before the store closes: the engine releases its claims and lease there.
      questions.stop();
      await engine.stop();
      await statusCards.stop();
      await retention.stop();
      if (!sharedData) await data.close();
    },
  });
  // Continue what a previous run left (sending, due schedules, edits, recalls); a store that is down at start
  // is retried by the scheduler, so it does not stop the bot from starting.
  engine.resumeUnfinished().catch((err: unknown) => {
    logger.warn({ err }, 'unfinished announcements not resumed at start; the scheduler retries');
  });
  engine.startScheduler();
  return { app, data, engine, statusCards, access };
}
