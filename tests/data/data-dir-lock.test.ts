import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createRepositories, openRepositoriesForReading } from '../../src/data';
import { LOCK_NAME, STALE_AFTER_MS } from '../../src/data/data-dir-lock';
import { EMBEDDED_FILE_NAME } from '../../src/data/embedded-document-store';
import { isAppError } from '../../src/errors';

const logger = pino({ level: 'silent' });

describe('the embedded store is for one process at a time', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hp-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const open = () =>
    createRepositories(
      { DATA_DIR: dir, MONGODB_URI: undefined, MONGODB_DB: 'x', MONGODB_TIMEOUT_MS: 1000 },
      logger,
    );

  it('refuses a second opener of the same DATA_DIR with a message naming the folder, until the first closes', async () => {
    const first = await open();
    await first.feedback.add({ userPseudonym: 'a', question: 'første' });
    const err = await open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(err, 'STORE_LOCKED')).toBe(true);
    expect((err as Error).message).toContain(dir);
    expect((err as Error).message).toMatch(/DATA_DIR/);
    await first.close();

    const second = await open();
    expect((await second.feedback.stats()).total).toBe(1);
    await second.close();
  });

  it('lets a reader (the exports) see what the running bot wrote, from a copy, without touching its files', async () => {
    const running = await open();
    await running.feedback.add({ userPseudonym: 'a', question: 'mens boten kjører' });
    const files = () =>
      Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.startsWith(EMBEDDED_FILE_NAME) && statSync(path.join(dir, f)).isFile())
          .map((f) => [f, readFileSync(path.join(dir, f))]),
      );
    const before = files();
    expect(Object.keys(before)).toContain(EMBEDDED_FILE_NAME);
    const reader = await openRepositoriesForReading(
      { DATA_DIR: dir, MONGODB_URI: undefined, MONGODB_DB: 'x', MONGODB_TIMEOUT_MS: 1000 },
      logger,
    );
    expect((await reader.feedback.list()).map((e) => e.question)).toEqual(['mens boten kjører']);
    await reader.close();
    expect(files()).toEqual(before);
    await running.feedback.add({ userPseudonym: 'b', question: 'etter eksporten' });
    expect((await running.feedback.stats()).total).toBe(2);
    await running.close();
  });

  it('takes over a lock left by a process that crashed (not renewed for longer than the stale time)', async () => {
    const lock = path.join(dir, LOCK_NAME);
    mkdirSync(lock);
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    utimesSync(lock, longAgo, longAgo);
    const data = await open();
    await data.feedback.add({ userPseudonym: 'b', question: 'etter krasjet' });
    expect((await data.feedback.stats()).total).toBe(1);
    await data.close();
  });

  it('keeps nothing on disk and takes no lock with DATA_DIR=:memory:', async () => {
    const config = {
      DATA_DIR: ':memory:',
      MONGODB_URI: undefined,
      MONGODB_DB: 'x',
      MONGODB_TIMEOUT_MS: 1000,
    };
    const a = await createRepositories(config, logger);
    const b = await createRepositories(config, logger);
    await Promise.all([a.close(), b.close()]);
  });
});
