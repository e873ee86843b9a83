import path from 'node:path';
import Datastore from '@seald-io/nedb';
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
import { lockDataDir } from './data-dir-lock';
import { appendThroughOpenFile } from './embedded-append-log';
import { checkCollectionFile } from './embedded-file-check';
import { assertSafeDocument, assertSafeFilter } from './query-guard';
import { countByValue, countGroups, countMatching, findSortedByIndex } from './embedded-query';
import { useInPlaceIndexUpdates } from './embedded-index-updates';

/** Where the embedded store keeps its files, or nothing on disk. */
export interface EmbeddedStoreOptions {
  /** Folder for one `<collection>.db` file per collection; ignored when inMemory. */
  dataDir: string;
  inMemory: boolean;
  indexes: IndexSpec[];
  logger: Logger;
  /** How often the append-only files are rewritten compactly. */
  compactEveryMs?: number;
}

type Nedb = Datastore<Record<string, unknown>>;

function isUniqueViolation(err: unknown): boolean {
  return (
    typeof err === 'object' && err !== null && (err as { errorType?: unknown }).errorType === 'uniqueViolated'
  );
}

/** Why a collection file cannot be opened, naming the file and the cause, and what to do about it. */
function cannotOpen(dataDir: string, file: string, err: unknown): string {
  const code = (err as { code?: unknown }).code;
  const cause = err instanceof Error ? err.message : String(err);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR') {
    return (
      `Den innebygde databasen kan ikke åpne ${file} (${cause}). ` +
      `Sjekk at mappen i DATA_DIR (${dataDir}) finnes og er skrivbar, eller sett MONGODB_URI.`
    );
  }
  return (
    `Den innebygde databasen kan ikke lese ${file} (${cause}). Stopp boten, ta en kopi av filen og rett eller ` +
    'flytt den bort (da starter denne samlingen tom), og start igjen; eller sett MONGODB_URI.'
  );
}

/** Orders group values like MongoDB does for strings (by code unit, not by locale). */
function compareValues(a: unknown, b: unknown): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A value as the store keeps it in memory. Strings made by concatenation or JSON.stringify are trees of pieces
 * in V8 (a conversation reference's JSON is about a dozen, some 400 bytes more than its text); reading one
 * character makes V8 store the text in one piece, so every kept string costs about its length.
 */
function compact(value: unknown): unknown {
  if (typeof value === 'string') {
    value.charCodeAt(0);
    return value;
  }
  if (Array.isArray(value)) return value.map(compact);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return storable(value as Record<string, unknown>);
  }
  return value;
}

/** A document (or the fields of a change) as stored: without undefined fields, its strings compact. */
function storable(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (value !== undefined) out[key] = compact(value);
  return out;
}

/**
 * The zero-configuration backend: NeDB files under DATA_DIR (or memory only). It is for local use and a single
 * process: NeDB keeps each collection in memory and appends to its file, and two processes writing the same folder
 * would overwrite each other's changes.
 */
export class EmbeddedDocumentStore implements DocumentStore {
  readonly kind = 'embedded' as const;
  private readonly stores = new Map<string, Promise<Nedb>>();
  private compaction: NodeJS.Timeout | undefined;
  /** Closes the open data files (see embedded-append-log.ts). */
  private readonly closers: (() => Promise<void>)[] = [];
  /** Releases the single-process lock on dataDir (see data-dir-lock.ts). */
  private unlock: (() => Promise<void>) | undefined;

  constructor(private readonly options: EmbeddedStoreOptions) {
    useInPlaceIndexUpdates();
    if (!options.inMemory) {
      this.compaction = setInterval(() => this.compactAll(), options.compactEveryMs ?? 60 * 60 * 1000);
      this.compaction.unref();
    }
  }

  /**
   * Takes the folder's single-process lock, then loads every collection that has an index, so a broken or busy
   * DATA_DIR is reported at start-up.
   */
  async open(): Promise<void> {
    if (!this.options.inMemory) this.unlock = await lockDataDir(this.options.dataDir, this.options.logger);
    // Every collection finishes loading (or failing) before a failure is reported, so none is still writing to
    // the folder when the caller gives up on it.
    const loaded = await Promise.allSettled(
      [...new Set(this.options.indexes.map((i) => i.collection))].map((c) => this.store(c)),
    );
    const failed = loaded.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      for (const close of this.closers) await close();
      await this.unlock?.();
      this.unlock = undefined;
      throw failed.reason;
    }
  }

  collection(name: string): DocumentCollection {
    return new EmbeddedDocumentCollection(name, () => this.store(name));
  }

  /** One process owns the files and NeDB applies each update whole, so a filtered update is atomic here. */
  atomicFilteredUpdates(): boolean {
    return true;
  }

  async healthy(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    if (this.compaction) clearInterval(this.compaction);
    if (this.options.inMemory) return;
    for (const pending of this.stores.values()) {
      const store = await pending;
      await store.compactDatafileAsync();
    }
    for (const close of this.closers) await close();
    await this.unlock?.();
    this.unlock = undefined;
  }

  private store(name: string): Promise<Nedb> {
    let pending = this.stores.get(name);
    if (!pending) {
      pending = this.load(name);
      this.stores.set(name, pending);
      pending.catch(() => this.stores.delete(name));
    }
    return pending;
  }

  private async load(name: string): Promise<Nedb> {
    const file = path.join(this.options.dataDir, `${name}.db`);
    // corruptAlertThreshold 0: NeDB never drops a broken line by itself; checkCollectionFile decides what is safe.
    const store: Nedb = this.options.inMemory
      ? new Datastore({ inMemoryOnly: true })
      : new Datastore({ filename: file, corruptAlertThreshold: 0 });
    try {
      if (!this.options.inMemory) checkCollectionFile(file, this.options.logger);
      await store.loadDatabaseAsync();
      this.closers.push(appendThroughOpenFile(store, this.options.logger));
      for (const spec of this.options.indexes.filter((i) => i.collection === name)) {
        const fields = Object.keys(spec.key);
        // A folder written before an index became MongoDB-only still lists it: NeDB would rebuild it on every load.
        if (spec.mongodbOnly) {
          if (fields.join(',') in (store as unknown as { indexes: object }).indexes)
            await store.removeIndexAsync(fields.join(','));
          continue;
        }
        await store.ensureIndexAsync({
          fieldName: fields.length === 1 ? (fields[0] as string) : fields,
          unique: spec.unique ?? false,
        });
      }
    } catch (err) {
      if (isAppError(err)) throw err;
      throw new AppError('STORE_UNAVAILABLE', cannotOpen(this.options.dataDir, file, err), err);
    }
    return store;
  }

  private compactAll(): void {
    for (const [name, pending] of this.stores) {
      pending
        .then((s) => s.compactDatafileAsync())
        .catch((err: unknown) =>
          this.options.logger.warn({ err, collection: name }, 'Embedded store compaction failed'),
        );
    }
  }
}

/** One NeDB datastore behind the portable interface. NeDB runs each call as one queued, atomic step. */
class EmbeddedDocumentCollection implements DocumentCollection {
  constructor(
    readonly name: string,
    private readonly store: () => Promise<Nedb>,
  ) {}

  private async run<T>(fn: (store: Nedb) => Promise<T>): Promise<T> {
    const store = await this.store();
    try {
      return await fn(store);
    } catch (err) {
      if (isAppError(err)) throw err;
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'Finnes allerede (unik nøkkel).', err);
      throw err;
    }
  }

  findOne(filter: Filter, options: { sort?: Sort } = {}): Promise<StoredDocument | null> {
    assertSafeFilter(filter);
    return this.run(async (s) => {
      const docs = options.sort
        ? await (findSortedByIndex(s, filter, options.sort, 1) ??
            s.findAsync(filter).sort(options.sort).limit(1))
        : [await s.findOneAsync(filter)];
      return (docs[0] ?? null) as StoredDocument | null;
    });
  }

  find(filter: Filter, options: { sort?: Sort; limit?: number } = {}): Promise<StoredDocument[]> {
    assertSafeFilter(filter);
    return this.run(async (s) => {
      if (options.limit === 0) return [];
      const sorted = options.sort && findSortedByIndex(s, filter, options.sort, options.limit);
      if (sorted) return await sorted;
      let cursor = s.findAsync(filter);
      if (options.sort) cursor = cursor.sort(options.sort);
      if (options.limit !== undefined) cursor = cursor.limit(options.limit);
      return (await cursor) as unknown as StoredDocument[];
    });
  }

  count(filter: Filter): Promise<number> {
    assertSafeFilter(filter);
    return this.run(async (s) => await countMatching(s, filter));
  }

  countBy(filter: Filter, field: string, limit?: number): Promise<{ value: unknown; count: number }[]> {
    assertSafeFilter(filter);
    return this.run(async (s) => {
      const counts = await countByValue(s, filter, field);
      const rows = [...counts].map(([value, count]) => ({ value, count }));
      rows.sort((a, b) => b.count - a.count || compareValues(a.value, b.value));
      return limit === undefined ? rows : rows.slice(0, limit);
    });
  }

  countGroups(filter: Filter, fields: GroupFields): Promise<CountedGroup[]> {
    assertSafeFilter(filter);
    assertSafeDocument(Object.fromEntries(Object.keys(fields).map((n) => [n, true])));
    return this.run(async (s) => await countGroups(s, filter, fields));
  }

  insertOne(doc: StoredDocument): Promise<void> {
    const clean = storable(doc);
    assertSafeDocument(clean);
    return this.run(async (s) => {
      await s.insertAsync(clean);
    });
  }

  insertManyIgnoringDuplicates(docs: StoredDocument[]): Promise<number> {
    const clean = docs.map(storable);
    clean.forEach((d) => assertSafeDocument(d));
    return this.run(async (s) => {
      let inserted = 0;
      for (const doc of clean) {
        try {
          await s.insertAsync(doc);
          inserted += 1;
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
        }
      }
      return inserted;
    });
  }

  updateOne(filter: Filter, change: Change): Promise<number> {
    return this.update(filter, change, false);
  }

  updateMany(filter: Filter, change: Change): Promise<number> {
    return this.update(filter, change, true);
  }

  deleteMany(filter: Filter): Promise<number> {
    assertSafeFilter(filter);
    return this.run(async (s) => await s.removeAsync(filter, { multi: true }));
  }

  private update(filter: Filter, change: Change, multi: boolean): Promise<number> {
    assertSafeFilter(filter);
    const set = storable(change.set ?? {});
    assertSafeDocument(set);
    const update: Record<string, unknown> = {};
    if (Object.keys(set).length > 0) update.$set = set;
    if (change.unset && change.unset.length > 0)
      update.$unset = Object.fromEntries(change.unset.map((k) => [k, true]));
    return this.run(async (s) => {
      if (Object.keys(update).length === 0) {
        const n = await s.countAsync(filter);
        return multi ? n : Math.min(n, 1);
      }
      return (await s.updateAsync(filter, update, { multi })).numAffected;
    });
  }
}
