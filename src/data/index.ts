import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Repositories } from './repositories';
import type { DocumentStore } from './document-store';
import { collections, indexes } from './collections';
import { ConditionalWriter } from './conditional-writer';
import { CountingDocumentStore, type StoreCallFigures } from './counting-store';
import { MongoDocumentStore } from './mongo-document-store';
import { EMBEDDED_FILE_NAME, EmbeddedDocumentStore } from './embedded-document-store';
import { describeMongoUri } from './mongo-uri';
import { DocumentFeedbackRepository } from './feedback-repository';
import { DocumentUnansweredRepository } from './unanswered-repository';
import { DocumentInstallationRepository } from './installation-repository';
import { DocumentAnnouncementRepository } from './announcement-repository';
import { DocumentDeliveryRepository } from './delivery-repository';
import { DocumentLeaseRepository } from './lease-repository';
import { DocumentRateLimitRepository } from './rate-limit-repository';
import { DocumentRequestBudgetRepository } from './request-budget-repository';
import { DocumentTicketRepository } from './ticket-repository';
import { DocumentKnowledgeSuggestionRepository } from './knowledge-suggestion-repository';
import { DocumentBotStateStorage } from './bot-state-storage';
import { DocumentKnowledgeRepository } from './knowledge-repository';
import { DocumentLearningResolutionRepository } from './learning-resolution-repository';
import { DocumentUserLanguageRepository } from './user-language-repository';

/** Every repository plus botbuilder state storage, on one backend. */
export type DataLayer = Repositories & {
  botState: Storage;
  /** Requests made to the store since it was opened (benchmarks: store work per delivery). */
  storeOperations(): number;
  /** The same requests per collection and method, with the time they took (benchmarks: which calls grow). */
  storeCalls(): StoreCallFigures[];
};

/** The configuration the data layer reads. */
export type DataConfig = Pick<Config, 'MONGODB_URI' | 'MONGODB_DB' | 'MONGODB_TIMEOUT_MS' | 'DATA_DIR'>;

/** DATA_DIR value that keeps the embedded store in memory only (tests, demos). */
export const IN_MEMORY_DATA_DIR = ':memory:';

const MARKER_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const MARKER_PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Creates the data layer: MongoDB when MONGODB_URI is set (connecting in the background, so this resolves even when
 * the database is down), otherwise the embedded store in DATA_DIR.
 */
export async function createRepositories(config: DataConfig, logger: Logger): Promise<DataLayer> {
  let store: DocumentStore;
  if (config.MONGODB_URI) {
    const mongo = new MongoDocumentStore({
      uri: config.MONGODB_URI,
      dbName: config.MONGODB_DB,
      timeoutMs: config.MONGODB_TIMEOUT_MS,
      indexes,
      logger,
    });
    logger.debug(
      { store: 'mongodb', server: describeMongoUri(config.MONGODB_URI), db: config.MONGODB_DB },
      'Data store: MongoDB',
    );
    mongo.start();
    store = mongo;
  } else {
    const inMemory = config.DATA_DIR === IN_MEMORY_DATA_DIR;
    const dataDir = path.resolve(config.DATA_DIR);
    const embedded = new EmbeddedDocumentStore({ dataDir, inMemory, indexes, logger });
    await embedded.open();
    logger.debug(
      { store: 'embedded', dataDir: inMemory ? IN_MEMORY_DATA_DIR : dataDir },
      'Data store: embedded (SQLite file), for local use only: set MONGODB_URI for production',
    );
    store = embedded;
  }
  return repositoriesOn(store, logger);
}

/**
 * The files a reading tool copies: the database file and its write-ahead log (SQLite recovers the copy to the last
 * whole write in it), and collection files of an older folder that the bot has not brought in yet.
 */
const READ_COPY = new RegExp(
  `^(${EMBEDDED_FILE_NAME.replace('.', '\\.')}(-wal)?|[A-Za-z_][A-Za-z0-9_]*\\.db)$`,
);

/**
 * Opens the data for a tool that only reads (the exports), also while the bot is running: MongoDB as it is; the
 * embedded store from a copy of its files, because the running bot holds the folder's lock and the database file
 * exclusively. The copy is taken when this is called and removed on close.
 */
export async function openRepositoriesForReading(config: DataConfig, logger: Logger): Promise<DataLayer> {
  if (config.MONGODB_URI || config.DATA_DIR === IN_MEMORY_DATA_DIR) return createRepositories(config, logger);
  const source = path.resolve(config.DATA_DIR);
  const copy = mkdtempSync(path.join(tmpdir(), 'helseplattformen-read-'));
  try {
    for (const name of existsSync(source) ? readdirSync(source) : [])
      if (READ_COPY.test(name)) copyFileSync(path.join(source, name), path.join(copy, name));
    const data = await createRepositories({ ...config, DATA_DIR: copy }, logger);
    return {
      ...data,
      close: async () => {
        try {
          await data.close();
        } finally {
          rmSync(copy, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    rmSync(copy, { recursive: true, force: true });
    throw err;
  }
}

/** Wires every repository onto one document store. */
export function repositoriesOn(backend: DocumentStore, logger: Logger): DataLayer {
  const store = new CountingDocumentStore(backend);
  const writer = new ConditionalWriter(store.collection(collections.markers), {
    atomic: () => store.atomicFilteredUpdates(),
  });
  const purge = setInterval(() => {
    writer.purgeOlderThan(new Date(Date.now() - MARKER_MAX_AGE_MS)).catch((err: unknown) => {
      logger.warn({ err }, 'Could not purge old revision markers; retrying in an hour');
    });
  }, MARKER_PURGE_EVERY_MS);
  purge.unref();
  return {
    kind: store.kind,
    feedback: new DocumentFeedbackRepository(store.collection(collections.feedback)),
    unanswered: new DocumentUnansweredRepository(store.collection(collections.unanswered)),
    installations: new DocumentInstallationRepository(store.collection(collections.installations)),
    announcements: new DocumentAnnouncementRepository(store.collection(collections.announcements), writer),
    deliveries: new DocumentDeliveryRepository(
      store.collection(collections.deliveries),
      writer,
      store.collection(collections.deliveryBatches),
      store.collection(collections.deliveryReceipts),
    ),
    leases: new DocumentLeaseRepository(store.collection(collections.leases), writer),
    rateLimits: new DocumentRateLimitRepository(store.collection(collections.rateLimits)),
    requestBudget: new DocumentRequestBudgetRepository(store.collection(collections.requestBudget)),
    tickets: new DocumentTicketRepository(store.collection(collections.tickets), writer),
    suggestions: new DocumentKnowledgeSuggestionRepository(store.collection(collections.suggestions)),
    knowledge: new DocumentKnowledgeRepository(
      store.collection(collections.knowledgeVersions),
      store.collection(collections.knowledgeContents),
    ),
    learning: new DocumentLearningResolutionRepository(store.collection(collections.learning)),
    userLanguages: new DocumentUserLanguageRepository(store.collection(collections.userLanguages)),
    botState: new DocumentBotStateStorage(store.collection(collections.botState), writer),
    healthy: () => store.healthy(),
    storeOperations: () => store.operations,
    storeCalls: () => store.calls(),
    close: async () => {
      clearInterval(purge);
      await store.close();
    },
  };
}
