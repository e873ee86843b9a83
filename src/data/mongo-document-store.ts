import {
  MongoBulkWriteError,
  MongoClient,
  MongoNetworkError,
  MongoServerError,
  MongoServerSelectionError,
  MongoNotConnectedError,
  MongoTopologyClosedError,
  MongoClientClosedError,
  MongoOperationTimeoutError,
  type Collection,
  type Db,
  type Document,
  type Filter as MongoFilter,
  type UpdateFilter,
} from 'mongodb';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../logger';
import type {
  Change,
  CountedGroup,
  DocumentCollection,
  DocumentStore,
  Filter,
  GroupFields,
  IndexSpec,
  Sort,
  StoredDocument,
} from './document-store';
import { assertSafeDocument, assertSafeFilter } from './query-guard';
import { describeMongoUri } from './mongo-uri';

/** How to reach MongoDB (or Cosmos DB for MongoDB, or FerretDB). */
export interface MongoStoreOptions {
  uri: string;
  dbName: string;
  /** How long an operation waits for a reachable server (serverSelectionTimeoutMS). */
  timeoutMs: number;
  indexes: IndexSpec[];
  logger: Logger;
}

const DUPLICATE_KEY = 11000;

function isUnreachable(err: unknown): boolean {
  return (
    err instanceof MongoNetworkError ||
    err instanceof MongoServerSelectionError ||
    err instanceof MongoNotConnectedError ||
    err instanceof MongoTopologyClosedError ||
    err instanceof MongoClientClosedError ||
    err instanceof MongoOperationTimeoutError
  );
}

function withoutUndefined(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}

function toUpdate(change: Change): UpdateFilter<Document> | null {
  const set = withoutUndefined(change.set ?? {});
  assertSafeDocument(set);
  const update: UpdateFilter<Document> = {};
  if (Object.keys(set).length > 0) update.$set = set;
  if (change.unset && change.unset.length > 0) {
    assertSafeDocument(Object.fromEntries(change.unset.map((k) => [k, true])));
    update.$unset = Object.fromEntries(change.unset.map((k) => [k, '']));
  }
  return Object.keys(update).length > 0 ? update : null;
}

/**
 * The MongoDB backend. It connects lazily and in the background, so the bot starts and answers while the database
 * is down; every operation that cannot reach the server within `timeoutMs` throws AppError('STORE_UNAVAILABLE'), and
 * the driver reconnects by itself when the server is back. Indexes are created on the first successful contact.
 */
export class MongoDocumentStore implements DocumentStore {
  readonly kind = 'mongodb' as const;
  private readonly client: MongoClient;
  private readonly db: Db;
  private ready: Promise<void> | null = null;
  private reachable: boolean | undefined;
  private closed = false;
  /** Learnt at the first contact (buildInfo): FerretDB names itself there. Until then: not atomic (the safe side). */
  private atomicUpdates = false;

  constructor(private readonly options: MongoStoreOptions) {
    try {
      this.client = new MongoClient(options.uri, {
        serverSelectionTimeoutMS: options.timeoutMs,
        connectTimeoutMS: options.timeoutMs,
        // Bounds an operation on a server that accepted the connection but stopped answering.
        socketTimeoutMS: Math.max(options.timeoutMs * 10, 10_000),
        heartbeatFrequencyMS: 5_000,
        ignoreUndefined: true,
        appName: 'helseplattformen-bot',
      });
    } catch (err) {
      throw new AppError(
        'CONFIG_INVALID',
        'MONGODB_URI kan ikke tolkes som en MongoDB-adresse. Kontroller verdien.',
        err,
      );
    }
    this.db = this.client.db(options.dbName);
  }

  /** Starts connecting (and creating indexes) in the background; a failure is logged, not thrown. */
  start(): void {
    this.ensureReady().catch((err: unknown) => {
      this.options.logger.warn(
        { err: isAppError(err) ? err.message : err, store: describeMongoUri(this.options.uri) },
        'MongoDB is not reachable at start-up; the bot runs on and retries on each operation',
      );
    });
  }

  collection(name: string): DocumentCollection {
    return new MongoDocumentCollection(name, this.db.collection(name), (op, fn) => this.run(op, fn));
  }

  atomicFilteredUpdates(): boolean {
    return this.atomicUpdates;
  }

  async healthy(): Promise<boolean> {
    try {
      await this.run('ping', () => this.db.command({ ping: 1 }));
      return true;
    } catch (err) {
      if (isAppError(err, 'STORE_UNAVAILABLE')) return false;
      this.options.logger.warn({ err }, 'MongoDB ping failed');
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client.close();
  }

  /** Runs one operation: after the indexes exist, with errors translated to AppError. */
  private async run<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      await this.ensureReady();
      const result = await fn();
      this.markReachable(true);
      return result;
    } catch (err) {
      throw this.translate(err, operation);
    }
  }

  private ensureReady(): Promise<void> {
    if (!this.ready) {
      this.ready = this.createIndexes().catch((err: unknown) => {
        this.ready = null;
        throw this.translate(err, 'createIndexes');
      });
    }
    return this.ready;
  }

  private async createIndexes(): Promise<void> {
    // Connect explicitly: when the driver's implicit connect on first use fails, it closes the client for good
    // (every later operation then throws "Topology is closed"), while an explicit connect() can be retried.
    await this.client.connect();
    await this.db.command({ ping: 1 });
    // MongoDB and Cosmos DB apply a filtered updateOne atomically; FerretDB 1.x does not (it reports `ferretdb`).
    const build = await this.db.admin().command({ buildInfo: 1 });
    this.atomicUpdates = !('ferretdbVersion' in build || 'ferretdb' in build);
    this.options.logger.info(
      { atomicFilteredUpdates: this.atomicUpdates },
      this.atomicUpdates
        ? 'MongoDB store: conditional writes with one filtered update'
        : 'MongoDB store is FerretDB: conditional writes through revision markers',
    );
    for (const spec of this.options.indexes) {
      try {
        await this.db
          .collection(spec.collection)
          .createIndex(spec.key, { name: spec.name, ...(spec.unique ? { unique: true } : {}) });
      } catch (err) {
        if (isUnreachable(err)) throw err;
        // A server-side refusal (for example an existing index with other options) must not stop the bot.
        this.options.logger.error(
          { err, collection: spec.collection, index: spec.name },
          'MongoDB index could not be created; uniqueness or speed may suffer until it is fixed',
        );
      }
    }
    this.markReachable(true);
    this.options.logger.info(
      {
        store: describeMongoUri(this.options.uri),
        db: this.options.dbName,
        indexes: this.options.indexes.length,
      },
      'MongoDB connected, indexes ensured',
    );
  }

  private markReachable(reachable: boolean): void {
    if (this.reachable === false && reachable) this.options.logger.info('MongoDB is reachable again');
    if (this.reachable !== false && !reachable) this.options.logger.warn('MongoDB is not reachable');
    this.reachable = reachable;
  }

  private translate(err: unknown, operation: string): unknown {
    if (isAppError(err)) return err;
    if (err instanceof MongoServerError && err.code === DUPLICATE_KEY) {
      return new AppError('CONFLICT', 'Finnes allerede (unik nøkkel).', err);
    }
    if (isUnreachable(err)) {
      this.markReachable(false);
      // Connect again on the next operation if the driver gave up on the client without us closing it.
      if (err instanceof MongoTopologyClosedError && !this.closed) this.ready = null;
      return new AppError(
        'STORE_UNAVAILABLE',
        `Databasen (MongoDB) svarer ikke innen ${this.options.timeoutMs} ms (${operation}). ` +
          'Sjekk at databasetjenesten kjører og at MONGODB_URI er riktig; boten kobler til igjen av seg selv.',
        err,
      );
    }
    return err;
  }
}

/** One MongoDB collection behind the portable interface. */
class MongoDocumentCollection implements DocumentCollection {
  constructor(
    readonly name: string,
    private readonly coll: Collection<Document>,
    private readonly run: <T>(operation: string, fn: () => Promise<T>) => Promise<T>,
  ) {}

  private filter(filter: Filter): MongoFilter<Document> {
    assertSafeFilter(filter);
    return filter as MongoFilter<Document>;
  }

  findOne(filter: Filter, options: { sort?: Sort } = {}): Promise<StoredDocument | null> {
    const f = this.filter(filter);
    return this.run(
      'findOne',
      async () => (await this.coll.findOne(f, { sort: options.sort })) as StoredDocument | null,
    );
  }

  find(filter: Filter, options: { sort?: Sort; limit?: number } = {}): Promise<StoredDocument[]> {
    const f = this.filter(filter);
    return this.run('find', async () => {
      if (options.limit === 0) return [];
      let cursor = this.coll.find(f);
      if (options.sort) cursor = cursor.sort(options.sort);
      if (options.limit !== undefined) cursor = cursor.limit(options.limit);
      return (await cursor.toArray()) as unknown as StoredDocument[];
    });
  }

  count(filter: Filter): Promise<number> {
    const f = this.filter(filter);
    return this.run('count', () => this.coll.countDocuments(f));
  }

  countBy(filter: Filter, field: string, limit?: number): Promise<{ value: unknown; count: number }[]> {
    const f = this.filter(filter);
    assertSafeDocument({ [field]: true });
    if (limit === 0) return Promise.resolve([]);
    // Only $match, $group with $sum, $sort and $limit: the part of aggregation Cosmos DB and FerretDB share.
    const pipeline: Document[] = [
      { $match: f },
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
      { $sort: { count: -1, _id: 1 } },
    ];
    if (limit !== undefined) pipeline.push({ $limit: limit });
    return this.run('countBy', async () => {
      const rows = await this.coll.aggregate(pipeline).toArray();
      return rows.map((r) => ({ value: r._id as unknown, count: Number(r.count) }));
    });
  }

  countGroups(filter: Filter, fields: GroupFields): Promise<CountedGroup[]> {
    const f = this.filter(filter);
    const names = Object.keys(fields);
    assertSafeDocument(Object.fromEntries(names.map((n) => [n, true])));
    // A compound _id of field paths and `$type` ("missing" when absent): what FerretDB 1.24 groups by, as MongoDB
    // and Cosmos DB do. A missing field is left out of the _id on all of them. Keys k0… keep field names out of it.
    const id = Object.fromEntries(
      names.map((n, i) => [`k${i}`, fields[n] === 'present' ? { $type: `$${n}` } : `$${n}`]),
    );
    const pipeline: Document[] = [{ $match: f }, { $group: { _id: id, count: { $sum: 1 } } }];
    return this.run('countGroups', async () => {
      const rows = await this.coll.aggregate(pipeline).toArray();
      return rows.map((r) => {
        const got = (r._id ?? {}) as Record<string, unknown>;
        const key = Object.fromEntries(
          names.map((n, i) => {
            const v = got[`k${i}`];
            return [n, fields[n] === 'present' ? v !== undefined && v !== 'missing' : (v ?? null)];
          }),
        );
        return { key, count: Number(r.count) };
      });
    });
  }

  insertOne(doc: StoredDocument): Promise<void> {
    const clean = withoutUndefined(doc);
    assertSafeDocument(clean);
    return this.run('insertOne', async () => {
      await this.coll.insertOne(clean);
    });
  }

  insertManyIgnoringDuplicates(docs: StoredDocument[]): Promise<number> {
    const clean = docs.map(withoutUndefined);
    clean.forEach((d) => assertSafeDocument(d));
    return this.run('insertMany', async () => {
      let inserted = 0;
      for (let i = 0; i < clean.length; i += 500) {
        const batch = clean.slice(i, i + 500);
        try {
          inserted += (await this.coll.insertMany(batch, { ordered: false })).insertedCount;
        } catch (err) {
          const onlyDuplicates =
            err instanceof MongoBulkWriteError &&
            (Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors]).every(
              (e) => e.code === DUPLICATE_KEY,
            );
          if (!onlyDuplicates) throw err;
          inserted += err.insertedCount;
        }
      }
      return inserted;
    });
  }

  updateOne(filter: Filter, change: Change): Promise<number> {
    const f = this.filter(filter);
    const update = toUpdate(change);
    return this.run('updateOne', async () =>
      update
        ? (await this.coll.updateOne(f, update)).matchedCount
        : Math.min(await this.coll.countDocuments(f), 1),
    );
  }

  updateMany(filter: Filter, change: Change): Promise<number> {
    const f = this.filter(filter);
    const update = toUpdate(change);
    return this.run('updateMany', async () =>
      update ? (await this.coll.updateMany(f, update)).matchedCount : await this.coll.countDocuments(f),
    );
  }

  deleteMany(filter: Filter): Promise<number> {
    const f = this.filter(filter);
    return this.run('deleteMany', async () => (await this.coll.deleteMany(f)).deletedCount);
  }
}
