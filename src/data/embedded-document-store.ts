import { rmSync } from 'node:fs';
import path from 'node:path';
import { Database, type Statement } from './sqlite-wasm';
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
import { importNedbFiles } from './embedded-nedb-import';
import { assertSafeDocument, assertSafeFilter } from './query-guard';
import {
  changed,
  createIndex,
  fromJson,
  groupColumns,
  groupValue,
  identifier,
  orderBy,
  toJson,
  where,
  type SqlValue,
} from './embedded-sql';

/** Where the embedded store keeps its file, or nothing on disk. */
export interface EmbeddedStoreOptions {
  /** Folder for the database file (EMBEDDED_FILE_NAME); ignored when inMemory. */
  dataDir: string;
  inMemory: boolean;
  indexes: IndexSpec[];
  logger: Logger;
}

/** The embedded store's one database file inside DATA_DIR (with `-wal` beside it while the bot runs). */
export const EMBEDDED_FILE_NAME = 'store.sqlite';

/** Prepared statements kept for reuse; a filter shape seldom seen is prepared again when it comes back. */
const STATEMENT_CACHE_SIZE = 256;

/** Why the data folder or its file cannot be opened, naming it and the cause, and what to do about it. */
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
    `Den innebygde databasen kan ikke lese ${file} (${cause}). Stopp boten, ta en kopi av filen og flytt den bort ` +
    '(da starter boten med en tom database), og start igjen; eller sett MONGODB_URI.'
  );
}

const isUniqueViolation = (err: unknown): boolean =>
  err instanceof Error && /UNIQUE constraint failed/.test(err.message);

/** Orders group values like MongoDB does for strings (by code unit, not by locale). */
function compareValues(a: unknown, b: unknown): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The zero-configuration backend: one SQLite database (SQLite compiled to WebAssembly, so nothing is built or
 * downloaded at install) in DATA_DIR, or in memory. Documents live in the file, not in the process: memory stays
 * flat however many installations and deliveries there are, and every filter the repositories use runs on an
 * index (collections.ts) the same way as on MongoDB. One process owns the folder (data-dir-lock.ts); the file is
 * in WAL mode, so a killed process loses at most the write under way and never corrupts what was written.
 */
export class EmbeddedDocumentStore implements DocumentStore {
  readonly kind = 'embedded' as const;
  private db: Database | undefined;
  private readonly statements = new Map<string, Statement>();
  private readonly tables = new Set<string>();
  /** Releases the single-process lock on dataDir (see data-dir-lock.ts). */
  private unlock: (() => Promise<void>) | undefined;

  constructor(private readonly options: EmbeddedStoreOptions) {}

  private get file(): string {
    return path.join(this.options.dataDir, EMBEDDED_FILE_NAME);
  }

  /**
   * Takes the folder's single-process lock, opens the database, brings in the collection files of an older
   * folder (embedded-nedb-import.ts) and creates every table and index, so a broken or busy DATA_DIR is reported at
   * start-up.
   */
  async open(): Promise<void> {
    if (this.db) return;
    if (this.options.inMemory) {
      this.database();
      return;
    }
    const { dataDir, logger } = this.options;
    this.unlock = await lockDataDir(dataDir, logger);
    try {
      // The WebAssembly build locks its file with a folder beside it; a process killed while holding it leaves the
      // folder behind. The folder's own lock (taken just above) already keeps every other process out.
      rmSync(`${this.file}.lock`, { recursive: true, force: true });
      this.database();
      await importNedbFiles(dataDir, logger, (collection, docs) => this.insertAll(collection, docs));
      for (const name of new Set(this.options.indexes.map((i) => i.collection))) this.table(name);
      logger.debug({ file: this.file, tables: this.tables.size }, 'embedded store opened');
    } catch (err) {
      this.closeDatabase();
      await this.unlock();
      this.unlock = undefined;
      if (isAppError(err)) throw err;
      throw new AppError('STORE_UNAVAILABLE', cannotOpen(dataDir, this.file, err), err);
    }
  }

  collection(name: string): DocumentCollection {
    identifier(name);
    return new EmbeddedDocumentCollection(name, this);
  }

  /** One process owns the database and runs each statement whole, so a filtered update is atomic here. */
  atomicFilteredUpdates(): boolean {
    return true;
  }

  async healthy(): Promise<boolean> {
    return this.db !== undefined || this.options.inMemory;
  }

  async close(): Promise<void> {
    this.closeDatabase();
    await this.unlock?.();
    this.unlock = undefined;
  }

  /** The open database; in memory it opens on first use (tests build a store without opening it). */
  private database(): Database {
    if (this.db) return this.db;
    if (!this.options.inMemory && !this.unlock) {
      throw new AppError('STORE_UNAVAILABLE', 'Den innebygde databasen er ikke åpnet (eller er lukket).');
    }
    const db = new Database(this.options.inMemory ? ':memory:' : this.file);
    try {
      // Exclusive: this process alone uses the file (and WAL then needs no shared memory, which this build lacks).
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      if (!this.options.inMemory) db.exec('PRAGMA journal_mode = WAL');
      // NORMAL in WAL mode: a commit is in the file when the statement returns; fsync at checkpoints only.
      db.exec('PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192; PRAGMA foreign_keys = OFF');
      db.get('SELECT count(*) AS n FROM sqlite_schema');
    } catch (err) {
      db.close();
      throw err;
    }
    this.db = db;
    return db;
  }

  private closeDatabase(): void {
    for (const statement of this.statements.values()) statement.finalize();
    this.statements.clear();
    this.tables.clear();
    this.db?.close();
    this.db = undefined;
  }

  /** The collection's table, created with its indexes the first time it is used. */
  table(name: string): string {
    const table = identifier(name);
    if (!this.tables.has(name)) {
      const db = this.database();
      db.exec(`CREATE TABLE IF NOT EXISTS ${table} (_id TEXT PRIMARY KEY NOT NULL, doc BLOB NOT NULL)`);
      for (const spec of this.options.indexes.filter((i) => i.collection === name))
        db.exec(createIndex(spec));
      this.tables.add(name);
    }
    return table;
  }

  /** Runs one statement, prepared once and kept (the least recently used is finalized past the cache size). */
  run<T>(sql: string, use: (statement: Statement) => T): T {
    let statement = this.statements.get(sql);
    if (statement) {
      this.statements.delete(sql);
    } else {
      statement = this.database().prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        const [oldest, old] = this.statements.entries().next().value as [string, Statement];
        this.statements.delete(oldest);
        old.finalize();
      }
    }
    try {
      const result = use(statement);
      this.statements.set(sql, statement);
      return result;
    } catch (err) {
      // A statement that failed (a unique key taken) cannot be reset for the next use: it is prepared again.
      statement.finalize();
      throw err;
    }
  }

  /** Inserts documents in one transaction, skipping those whose `_id` or unique key is taken; returns how many. */
  insertAll(collection: string, docs: StoredDocument[]): number {
    const table = this.table(collection);
    const db = this.database();
    let inserted = 0;
    db.exec('BEGIN');
    try {
      for (const doc of docs) {
        inserted += this.run(`INSERT OR IGNORE INTO ${table} (_id, doc) VALUES (?, jsonb(?))`, (s) =>
          s.run([doc._id, toJson(doc)]),
        ).changes;
      }
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
    return inserted;
  }
}

type Row = Record<string, unknown>;

/** One table behind the portable interface. Each call is one SQLite statement (or one transaction). */
class EmbeddedDocumentCollection implements DocumentCollection {
  constructor(
    readonly name: string,
    private readonly store: EmbeddedDocumentStore,
  ) {}

  private async call<T>(fn: (table: string) => T): Promise<T> {
    try {
      return fn(this.store.table(this.name));
    } catch (err) {
      if (isAppError(err)) throw err;
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'Finnes allerede (unik nøkkel).', err);
      throw new AppError(
        'STORE_UNAVAILABLE',
        `Den innebygde databasen svarte med en feil (${err instanceof Error ? err.message : String(err)}).`,
        err,
      );
    }
  }

  private rows(sql: string, params: SqlValue[]): Row[] {
    return this.store.run(sql, (s) => s.all(params) as Row[]);
  }

  private select(
    table: string,
    filter: Filter,
    sort: Sort | undefined,
    limit: number | undefined,
  ): StoredDocument[] {
    const cond = where(filter);
    const limitSql = limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))}`;
    return this.rows(
      `SELECT json(doc) AS doc FROM ${table} WHERE ${cond.sql}${orderBy(sort)}${limitSql}`,
      cond.params,
    ).map((r) => fromJson(String(r.doc)) as StoredDocument);
  }

  private countWhere(table: string, filter: Filter): number {
    const cond = where(filter);
    return Number(this.rows(`SELECT count(*) AS n FROM ${table} WHERE ${cond.sql}`, cond.params)[0]?.n ?? 0);
  }

  findOne(filter: Filter, options: { sort?: Sort } = {}): Promise<StoredDocument | null> {
    assertSafeFilter(filter);
    return this.call((t) => this.select(t, filter, options.sort, 1)[0] ?? null);
  }

  find(filter: Filter, options: { sort?: Sort; limit?: number } = {}): Promise<StoredDocument[]> {
    assertSafeFilter(filter);
    return this.call((t) => this.select(t, filter, options.sort, options.limit));
  }

  count(filter: Filter): Promise<number> {
    assertSafeFilter(filter);
    return this.call((t) => {
      return this.countWhere(t, filter);
    });
  }

  countBy(filter: Filter, field: string, limit?: number): Promise<{ value: unknown; count: number }[]> {
    return this.countGroups(filter, { [field]: 'value' }).then((groups) => {
      const rows = groups.map((g) => ({ value: g.key[field], count: g.count }));
      rows.sort((a, b) => b.count - a.count || compareValues(a.value, b.value));
      return limit === undefined ? rows : rows.slice(0, limit);
    });
  }

  countGroups(filter: Filter, fields: GroupFields): Promise<CountedGroup[]> {
    assertSafeFilter(filter);
    assertSafeDocument(Object.fromEntries(Object.keys(fields).map((n) => [n, true])));
    return this.call((t) => {
      const cond = where(filter);
      const columns = groupColumns(fields);
      const rows = this.rows(
        `SELECT ${columns.map((c) => `${c.sql} AS ${c.name}`).join(', ')}, count(*) AS n FROM ${t} ` +
          `WHERE ${cond.sql} GROUP BY ${columns.map((c) => c.name).join(', ')}`,
        cond.params,
      );
      // Missing and null are one group, as in MongoDB; SQLite tells them apart by their JSON type.
      const groups = new Map<string, CountedGroup>();
      for (const row of rows) {
        const key: Record<string, unknown> = {};
        Object.entries(fields).forEach(([field, how], i) => {
          key[field] = how === 'present' ? row[`p${i}`] === 1 : groupValue(row[`v${i}`], row[`t${i}`]);
        });
        const id = toJson(key);
        const group = groups.get(id);
        if (group) group.count += Number(row.n);
        else groups.set(id, { key, count: Number(row.n) });
      }
      return [...groups.values()];
    });
  }

  insertOne(doc: StoredDocument): Promise<void> {
    assertSafeDocument(doc);
    return this.call((t) => {
      this.store.run(`INSERT INTO ${t} (_id, doc) VALUES (?, jsonb(?))`, (s) =>
        s.run([doc._id, toJson(doc)]),
      );
    });
  }

  insertManyIgnoringDuplicates(docs: StoredDocument[]): Promise<number> {
    docs.forEach((d) => assertSafeDocument(d));
    return this.call(() => this.store.insertAll(this.name, docs));
  }

  updateOne(filter: Filter, change: Change): Promise<number> {
    return this.update(filter, change, false);
  }

  updateMany(filter: Filter, change: Change): Promise<number> {
    return this.update(filter, change, true);
  }

  deleteMany(filter: Filter): Promise<number> {
    assertSafeFilter(filter);
    return this.call((t) => {
      const cond = where(filter);
      return this.store.run(`DELETE FROM ${t} WHERE ${cond.sql}`, (s) => s.run(cond.params)).changes;
    });
  }

  private update(filter: Filter, change: Change, multi: boolean): Promise<number> {
    assertSafeFilter(filter);
    assertSafeDocument(change.set ?? {});
    return this.call((t) => {
      const next = changed(change);
      if (!next) {
        const n = this.countWhere(t, filter);
        return multi ? n : Math.min(n, 1);
      }
      const cond = where(filter);
      const target = multi ? cond.sql : `_id = (SELECT _id FROM ${t} WHERE ${cond.sql} LIMIT 1)`;
      return this.store.run(`UPDATE ${t} SET doc = ${next.sql} WHERE ${target}`, (s) =>
        s.run([...next.params, ...cond.params]),
      ).changes;
    });
  }
}
