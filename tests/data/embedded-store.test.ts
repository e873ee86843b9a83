import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRepositories } from '../../src/data';
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

  /** A store with two feedback entries written and closed, and the path of its feedback file. */
  async function storeWithTwoEntries(dataDir: string): Promise<string> {
    const first = await createRepositories(config(dataDir), createLogger('silent'));
    await first.feedback.add({ helpful: true, userPseudonym: 'u1', dedupeKey: 'k1' });
    await first.feedback.add({ helpful: false, userPseudonym: 'u2', dedupeKey: 'k2' });
    await first.close();
    return path.join(dataDir, 'feedback.db');
  }

  test('a torn last record (a crash while appending) is set aside with a warning naming the file; the rest loads', async () => {
    const dataDir = path.join(dir, '.data');
    const file = await storeWithTwoEntries(dataDir);
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

  test('a broken record in the middle stops the start with an error naming the file, the line, the cause and the way out', async () => {
    const dataDir = path.join(dir, '.data');
    const file = await storeWithTwoEntries(dataDir);
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
  });

  test('builds no MongoDB-only index and drops one an older folder still lists; the audience still comes in order', async () => {
    const dataDir = path.join(dir, 'data');
    const first = await createRepositories(config(dataDir), createLogger('silent'));
    for (const id of ['a:3', 'a:1', 'a:2'])
      await first.installations.upsert({
        conversationId: id,
        conversationType: 'personal',
        serviceUrl: 'https://smba.example/',
        reference: { conversation: { id } },
      });
    await first.close();
    const file = path.join(dataDir, 'installations.db');
    // As a folder written before the index became MongoDB-only has it.
    appendFileSync(file, `${JSON.stringify({ $$indexCreated: { fieldName: 'active,conversationId' } })}\n`);

    const second = await createRepositories(config(dataDir), createLogger('silent'));
    const page = await second.installations.listActive({ afterConversationId: 'a:1', limit: 5 });
    expect(page.map((r) => r.conversationId)).toEqual(['a:2', 'a:3']);
    await second.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.includes('indexCreated')).join('\n')).not.toContain('active');
  });
});
