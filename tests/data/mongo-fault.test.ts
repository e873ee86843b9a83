import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { isAppError } from '../../src/errors';
import { createRepositories, type DataLayer } from '../../src/data';
import { FerretDbProcess, ferretdbBinary, freePort } from './ferretdb-process';
import { mongoRequired, testLogger, warnMongoSkipped } from './backends';
import { describeUnless } from '../support/describe-unless';

const TIMEOUT_MS = 1000;
const found = ferretdbBinary(mongoRequired);

async function failure(promise: Promise<unknown>): Promise<{ code: unknown; ms: number }> {
  const started = Date.now();
  const err = await promise.then(
    () => new Error('succeeded'),
    (e: unknown) => e,
  );
  return { code: isAppError(err) ? err.code : err, ms: Date.now() - started };
}

async function eventually<T>(what: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await what();
    } catch (err) {
      if (!isAppError(err, 'STORE_UNAVAILABLE') || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function open(uri: string, db: string): Promise<DataLayer> {
  return createRepositories(
    { MONGODB_URI: uri, MONGODB_DB: db, MONGODB_TIMEOUT_MS: TIMEOUT_MS, DATA_DIR: 'unused' },
    testLogger,
  );
}

const skipReason =
  'reason' in found && !mongoRequired
    ? `no FerretDB binary (${found.reason}); run scripts/mongo-test-server.sh bin`
    : undefined;
if (skipReason) warnMongoSkipped('MongoDB fault tests', skipReason);
describeUnless(skipReason, 'MongoDB outage (FerretDB stopped and started under running repositories)', () => {
  let server: FerretDbProcess;
  let repos: DataLayer | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeEach(async () => {
    if ('reason' in found) throw new Error(`FerretDB is required (REQUIRE_MONGODB=1): ${found.reason}`);
    process.on('unhandledRejection', onUnhandled);
    server = new FerretDbProcess(found.bin, await freePort());
  });

  afterEach(async () => {
    process.off('unhandledRejection', onUnhandled);
    await repos?.close();
    repos = undefined;
    await server.remove();
  });

  test('operations fail fast with STORE_UNAVAILABLE while the server is down and work again when it is back', async () => {
    await server.start();
    repos = await open(server.uri, `hp_fault_${randomBytes(4).toString('hex')}`);
    await repos.feedback.add({ helpful: true, userPseudonym: 'u', dedupeKey: 'before' });
    await repos.deliveries.createPending('ann', ['a:1', 'a:2']);

    await server.stop();
    const outage = await Promise.all([
      failure(repos.feedback.add({ helpful: false, userPseudonym: 'u' })),
      failure(repos.feedback.stats()),
      failure(repos.deliveries.claimPending('ann', 'w', 10, new Date())),
      failure(repos.leases.acquire('scheduler', 'me', 30_000)),
      failure(repos.botState.read(['k'])),
      failure(repos.installations.listActive({})),
    ]);
    for (const { code, ms } of outage) {
      expect(code).toBe('STORE_UNAVAILABLE');
      expect(ms).toBeLessThan(TIMEOUT_MS * 4);
    }
    expect(await repos.healthy()).toBe(false);

    await server.start();
    const back = await eventually(
      () => repos!.feedback.add({ helpful: false, userPseudonym: 'u', dedupeKey: 'after' }),
      20_000,
    );
    expect(back.created).toBe(true);
    expect(await repos.healthy()).toBe(true);
    expect((await repos.feedback.list()).map((e) => e.dedupeKey)).toEqual(['before', 'after']);
    expect(await repos.deliveries.claimPending('ann', 'w', 10, new Date(Date.now() - 60_000))).toHaveLength(
      2,
    );
    expect(unhandled).toEqual([]);
  }, 60_000);

  test('starts while the server is down, and creates its indexes once the server appears', async () => {
    const db = `hp_fault_${randomBytes(4).toString('hex')}`;
    const started = Date.now();
    repos = await open(server.uri, db);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    expect(await repos.healthy()).toBe(false);
    expect((await failure(repos.unanswered.add({ question: 'Hei?' }))).code).toBe('STORE_UNAVAILABLE');

    await server.start();
    const input = { helpful: true, userPseudonym: 'u', dedupeKey: 'k1' };
    expect((await eventually(() => repos!.feedback.add(input), 20_000)).created).toBe(true);
    expect((await repos.feedback.add(input)).created).toBe(false);

    const client = new MongoClient(server.uri, { serverSelectionTimeoutMS: TIMEOUT_MS });
    try {
      const names = (await client.db(db).collection('feedback').listIndexes().toArray()).map((i) => i.name);
      expect(names).toContain('uniqueKey_unique');
    } finally {
      await client.close();
    }
    expect(unhandled).toEqual([]);
  }, 60_000);
});
