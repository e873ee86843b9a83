import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createRepositories } from '../../src/data';

const logger = pino({ level: 'silent' });

describe('embedded store files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hp-embedded-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const open = () =>
    createRepositories(
      { DATA_DIR: dir, MONGODB_URI: undefined, MONGODB_DB: 'x', MONGODB_TIMEOUT_MS: 1000 },
      logger,
    );
  const entry = (n: number) => ({ userPseudonym: `p${n}`, helpful: n % 2 === 0, question: `spørsmål ${n}` });

  it('keeps every concurrent write across a restart, also writes made after a compaction', async () => {
    const first = await open();
    await Promise.all(Array.from({ length: 200 }, (_, n) => first.feedback.add(entry(n))));
    await first.close();
    const second = await open();
    expect((await second.feedback.stats()).total).toBe(200);
    await Promise.all(Array.from({ length: 50 }, (_, n) => second.feedback.add(entry(1000 + n))));
    await second.close();
    const third = await open();
    expect((await third.feedback.stats()).total).toBe(250);
    await third.close();
  });

  it('writes a change to disk before the call returns, so a crash right after loses nothing', async () => {
    const data = await open();
    await data.feedback.add({ userPseudonym: 'p-crash', question: 'rett før krasj' });
    const file = await readFile(path.join(dir, 'feedback.db'), 'utf8');
    expect(file).toContain('rett før krasj');
    await data.close();
  });
});
