import { AnnouncementDesk } from '../../src/announcements/announcement-desk';
import { createAuthorChats } from '../../src/announcements/author-chat';
import { createApp, type App } from '../../src/app';
import { BroadcastEngine } from '../../src/broadcast/broadcast-engine';
import { loadConfig } from '../../src/config';
import { createRepositories, type DataLayer } from '../../src/data';
import { createLogger } from '../../src/logger';
import { createPseudonymizer } from '../../src/privacy/pseudonym';
import { createTabRoutes } from '../../src/tab';
import { AccessPolicy, type OutOfTurnDirectory } from '../../src/access/access-policy';
import { NOBODY_IN_TEAMS } from '../support/access';
import { ScriptedMessenger } from '../support/scripted-messenger';

/** The pseudonym key of the tests (not a secret). */
export const TEST_PSEUDONYM_SECRET = 'tab-tests-pseudonym-key';

/** The real app with the tab, started in-process on a free port with an in-memory store. */
export interface RunningTab {
  url: string;
  app: App;
  data: DataLayer;
  /** Records what the broadcast engine sent (when started with broadcast). */
  messenger?: ScriptedMessenger;
  /** Status cards posted in authors' chats: the conversation and the card's summary. */
  statusCards: { conversationId: string; summary: string }[];
  engine?: BroadcastEngine;
  pseudonymize: (userId: string) => string;
  stop(): Promise<void>;
}

/** Installations the broadcast tests send to: two personal chats and two channels of one team. */
async function seedInstallations(data: DataLayer): Promise<void> {
  const record = (conversationId: string, conversationType: 'personal' | 'channel', team?: string) => ({
    conversationId,
    conversationType,
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    teamId: team ? `team-${team}` : undefined,
    teamName: team,
    reference: { conversation: { id: conversationId }, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
  });
  await data.installations.upsert(record('a:personal-1', 'personal'));
  await data.installations.upsert(record('a:personal-2', 'personal'));
  await data.installations.upsert(record('19:general@thread.tacv2', 'channel', 'Helseplattformen Trondheim'));
  await data.installations.upsert(
    record('19:opplaering@thread.tacv2', 'channel', 'Helseplattformen Trondheim'),
  );
}

/**
 * Starts createApp with the tab's routes (PORT 0, DATA_DIR ':memory:'), the real data layer, and, when
 * `broadcast` is set, a real BroadcastEngine that sends through an in-process scripted messenger.
 */
export async function startTab(
  env: Record<string, string>,
  options: { broadcast?: boolean; distDir?: string; teams?: OutOfTurnDirectory } = {},
): Promise<RunningTab> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: ':memory:',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL);
  const data = await createRepositories(config, logger);
  const pseudonymize = createPseudonymizer(TEST_PSEUDONYM_SECRET);
  let messenger: ScriptedMessenger | undefined;
  const statusCards: RunningTab['statusCards'] = [];
  let engine: BroadcastEngine | undefined;
  if (options.broadcast) {
    await seedInstallations(data);
    messenger = new ScriptedMessenger();
    engine = new BroadcastEngine({
      repositories: data,
      messenger,
      logger,
      options: { ratePerSecond: 50, tickMs: 60_000, progressIntervalMs: 50 },
    });
  }
  const app = createApp(config, logger, {
    routes: createTabRoutes({
      config,
      logger,
      feedback: data.feedback,
      pseudonymize,
      access: new AccessPolicy(config, logger, NOBODY_IN_TEAMS, options.teams),
      // The same desk as the chat's (in the composition the two share one).
      broadcast: engine
        ? {
            desk: new AnnouncementDesk({
              announcements: data.announcements,
              installations: data.installations,
              engine,
              logger,
            }),
            installations: data.installations,
            authorChat: createAuthorChats({
              installations: data.installations,
              messenger: {
                send: async (reference, message) => {
                  const conversation = (reference as { conversation?: { id?: string } }).conversation;
                  statusCards.push({
                    conversationId: conversation?.id ?? '',
                    summary: String(message.summary ?? ''),
                  });
                  return `status-${statusCards.length}`;
                },
              },
            }),
          }
        : undefined,
      distDir: options.distDir,
    }),
  });
  const { port } = await app.start();
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    data,
    messenger,
    statusCards,
    engine,
    pseudonymize,
    stop: async () => {
      await engine?.stop();
      await app.stop();
      await data.close();
    },
  };
}
