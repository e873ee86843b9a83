import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
