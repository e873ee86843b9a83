import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { Database } from 'node-sqlite3-wasm';
import { createRepositories } from '../../src/data';
import { EMBEDDED_FILE_NAME } from '../../src/data/embedded-document-store';
import { IMPORTED_SUFFIX } from '../../src/data/embedded-nedb-import';
import { fromJson } from '../../src/data/embedded-sql';
import { isAppError } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { capturingLogger } from '../support/capturing-logger';

const config = (dataDir: string) => ({
  MONGODB_URI: undefined,
  MONGODB_DB: 'unused',
  MONGODB_TIMEOUT_MS: 1500,
  DATA_DIR: dataDir,
});

describe('embedded store (zero configuration)', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'embedded-store-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps its data in DATA_DIR across a restart, and says it is for local use only', async () => {
    const { logger, lines } = capturingLogger('debug');
    const dataDir = path.join(dir, 'nested', '.data');
    const first = await createRepositories(config(dataDir), logger);
    expect(first.kind).toBe('embedded');
    await first.feedback.add({ helpful: true, userPseudonym: 'u', dedupeKey: 'k' });
    await first.installations.upsert({
      conversationId: 'a:1',
      conversationType: 'personal',
      serviceUrl: 'https://smba.example/',
      reference: { conversation: { id: 'a:1' } },
    });
    await first.botState.write({ key: { turns: 3 } });
    await first.close();

    const second = await createRepositories(config(dataDir), logger);
    expect((await second.feedback.add({ helpful: true, userPseudonym: 'u', dedupeKey: 'k' })).created).toBe(
      false,
    );
    expect((await second.installations.get('a:1'))?.reference).toEqual({ conversation: { id: 'a:1' } });
    expect((await second.botState.read(['key'])).key.turns).toBe(3);
    await second.close();

    const startLine = lines.find((l) => l.store === 'embedded');
    expect(startLine?.msg).toMatch(/local use only/);
    expect(startLine?.dataDir).toBe(dataDir);
  });

  test('a DATA_DIR that cannot be used stops the start with an error naming DATA_DIR', async () => {
    const notAFolder = path.join(dir, 'file');
    writeFileSync(notAFolder, 'x');
    const err = await createRepositories(config(notAFolder), createLogger('silent')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(err, 'STORE_UNAVAILABLE')).toBe(true);
    expect((err as Error).message).toMatch(/DATA_DIR/);
  });

  /**
   * Makes a folder of the bot's own data look as it did before December 2026: each collection in a NeDB file
   * (`<collection>.db`, written by NeDB itself), no database file.
   */
  async function asOlderFolder(dataDir: string): Promise<void> {
    const db = new Database(path.join(dataDir, EMBEDDED_FILE_NAME));
    // A file in WAL mode opens only with exclusive locking in this build (it has no shared memory).
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const tables = db.all(`SELECT name FROM sqlite_schema WHERE type = 'table'`).map((r) => String(r.name));
    for (const table of tables) {
      const docs = db.all(`SELECT json(doc) AS doc FROM "${table}"`).map((r) => fromJson(String(r.doc)));
      if (docs.length === 0) continue;
      const old = new Datastore({ filename: path.join(dataDir, `${table}.db`) });
      await old.loadDatabaseAsync();
      await old.insertAsync(docs as Record<string, unknown>[]);
      await old.compactDatafileAsync();
    }
    db.close();
    rmSync(path.join(dataDir, EMBEDDED_FILE_NAME));
  }

  const install = (conversationId: string) => ({
    conversationId,
    conversationType: 'personal' as const,
    serviceUrl: 'https://smba.example/',
    reference: { conversation: { id: conversationId } },
  });

  /** An older folder with two feedback entries and three installations; the path of its feedback file. */
  async function olderFolderWithData(dataDir: string): Promise<string> {
    const first = await createRepositories(config(dataDir), createLogger('silent'));
    await first.feedback.add({ helpful: true, userPseudonym: 'u1', dedupeKey: 'k1' });
    await first.feedback.add({ helpful: false, userPseudonym: 'u2', dedupeKey: 'k2' });
    for (const id of ['a:3', 'a:1', 'a:2']) await first.installations.upsert(install(id));
    await first.close();
    await asOlderFolder(dataDir);
    return path.join(dataDir, 'feedback.db');
  }

  test('an older folder (one NeDB file per collection) is brought into the database file once, and the old files are kept', async () => {
    const dataDir = path.join(dir, '.data');
    const file = await olderFolderWithData(dataDir);
    const { logger, lines } = capturingLogger('info');
    const second = await createRepositories(config(dataDir), logger);
    expect((await second.feedback.list()).map((f) => f.helpful).sort()).toEqual([false, true]);
    // Unique keys hold across the move: the same click is not stored twice.
    expect((await second.feedback.add({ helpful: true, userPseudonym: 'u1', dedupeKey: 'k1' })).created).toBe(
      false,
    );
    const page = await second.installations.listActive({ afterConversationId: 'a:1', limit: 5 });
    expect(page.map((r) => r.conversationId)).toEqual(['a:2', 'a:3']);
    await second.close();
    expect(lines.find((l) => l.collection === 'feedback')).toMatchObject({ documents: 2, inserted: 2 });
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(`${file}${IMPORTED_SUFFIX}`, 'utf8')).toContain('"dedupeKey":"k1"');

    const third = await createRepositories(config(dataDir), createLogger('silent'));
    expect(await third.feedback.list()).toHaveLength(2);
    await third.close();
  });

  test('a torn last record in an older file (a crash while appending) is set aside with a warning naming the file; the rest comes in', async () => {
    const dataDir = path.join(dir, '.data');
    const file = await olderFolderWithData(dataDir);
    appendFileSync(file, '{"_id":"torn","helpful":tr');
    const { logger, lines } = capturingLogger('debug');
    const second = await createRepositories(config(dataDir), logger);
    expect((await second.feedback.list()).map((f) => f.helpful).sort()).toEqual([false, true]);
    await second.feedback.add({ helpful: true, userPseudonym: 'u3', dedupeKey: 'k3' });
    await second.close();
    const warning = lines.find((l) => String(l.msg).includes('last record of the file was cut off'));
    expect(warning).toMatchObject({ file, cause: expect.any(String) });
    // Nothing is lost: the file as it was is kept beside it.
    expect(readFileSync(String(warning?.copy), 'utf8')).toContain('"helpful":tr');
    const third = await createRepositories(config(dataDir), createLogger('silent'));
    expect(await third.feedback.list()).toHaveLength(3);
    await third.close();
  });

  test('a broken record in the middle of an older file stops the start with an error naming the file, the line, the cause and the way out', async () => {
    const dataDir = path.join(dir, '.data');
    const file = await olderFolderWithData(dataDir);
    const content = readFileSync(file, 'utf8').split('\n');
    content.splice(1, 0, '{"_id": "x", oops}');
    writeFileSync(file, content.join('\n'));
    const err = await createRepositories(config(dataDir), createLogger('silent')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(err, 'STORE_UNAVAILABLE')).toBe(true);
    const message = (err as Error).message;
    expect(message).toContain(file);
    expect(message).toMatch(/linje 2: .*JSON/);
    expect(message).toMatch(/ta en kopi av filen/);
    expect(message).not.toMatch(/skrivbar/);
    // The folder is not left locked: once the file is put right, the bot starts.
    writeFileSync(file, content.filter((l) => !l.includes('oops')).join('\n'));
    const fixed = await createRepositories(config(dataDir), createLogger('silent'));
    expect(await fixed.feedback.list()).toHaveLength(2);
    await fixed.close();
  });

  test('a database file lock left by a killed process does not keep the bot from starting', async () => {
    const dataDir = path.join(dir, '.data');
    const first = await createRepositories(config(dataDir), createLogger('silent'));
    await first.installations.upsert(install('a:1'));
    await first.close();
    // What the file's own lock looks like when its holder was killed (the folder lock is covered in data-dir-lock).
    mkdirSync(path.join(dataDir, `${EMBEDDED_FILE_NAME}.lock`));
    const second = await createRepositories(config(dataDir), createLogger('silent'));
    expect((await second.installations.get('a:1'))?.conversationId).toBe('a:1');
    await second.close();
  });

  test('a file that is not a database stops the start with an error naming it and the way out', async () => {
    const dataDir = path.join(dir, '.data');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, EMBEDDED_FILE_NAME), 'this is not a database, '.repeat(200));
    const err = await createRepositories(config(dataDir), createLogger('silent')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(err, 'STORE_UNAVAILABLE')).toBe(true);
    expect((err as Error).message).toContain(path.join(dataDir, EMBEDDED_FILE_NAME));
    expect((err as Error).message).toMatch(/ta en kopi av filen/);
  });
});
