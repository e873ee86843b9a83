import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { createRepositories, type DataLayer } from '../../src/data';
import { collections } from '../../src/data/collections';
import { FakeConnector } from '../support/fake-connector';
import {
  mongoRequired,
  mongoServer,
  resolveMongoTarget,
  testLogger,
  warnMongoSkipped,
} from '../data/backends';
import { describeUnless } from '../support/describe-unless';
import type { WorkerSettings } from './broadcast-worker';

// Two processes cannot share the embedded store (one process owns its file), so these tests need MongoDB (FerretDB in CI):
// `bash scripts/mongo-test-server.sh start` and MONGODB_URI=... npx jest tests/broadcast/broadcast-crash.
const target = resolveMongoTarget();
/**
 * Requests to Teams under way at once in a worker. A message counts as sent once its receipt is stored, and each of
 * these requests waits for its own receipt before the next one starts (receipts that finish together are stored in
 * one insert), so a SIGKILL leaves at most this many messages that went out without a receipt: those, and only those,
 * are sent again by whoever goes on. That is the duplicate tolerance of both tests.
 */
const CONCURRENCY = 8;
const LEASE_MS = 3000;
/** Each test must finish within this in CI (FerretDB on SQLite, a shared machine): 2 minutes. */
const TEST_TIMEOUT_MS = 120_000;

const root = path.resolve(__dirname, '../..');
const workerScript = path.join(__dirname, 'broadcast-worker.ts');

/** Starts one engine process; resolves its exit code when it ends. `log()` has its stderr and warnings. */
function startWorker(settings: WorkerSettings): {
  child: ChildProcess;
  exited: Promise<number | null>;
  log(): string;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, JSON.stringify(settings)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // The engine logs (pino, on stdout) at warn and above, kept for a failure message.
  child.stdout?.on('data', (chunk: Buffer) => {
    stderr += chunk
      .toString()
      .split('\n')
      .filter((line) => /"level":(40|50|60)/.test(line))
      .map((line) => `${line.slice(0, 400)}\n`)
      .join('');
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (code !== 0 && code !== null)
        process.stderr.write(`worker ${settings.workerId} exited ${code}: ${stderr}\n`);
      resolve(code);
    }),
  );
  return { child, exited, log: () => stderr };
}

async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  describeState?: () => Promise<string>,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) {
      const state = describeState ? `\n${await describeState()}` : '';
      throw new Error(`timed out waiting for ${what}${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Creates `count` personal installations. The first goes through the repository; the rest are bulk copies of its
 * stored document (only the ids and reference differ), because one upsert at a time takes minutes on FerretDB.
 */
async function seedRecipients(
  data: DataLayer,
  uri: string,
  db: string,
  connector: FakeConnector,
  count: number,
): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `a:crash-${String(i).padStart(5, '0')}`);
  const reference = (conversationId: string) => ({
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { id: conversationId },
    bot: { id: '28:bot' },
  });
  const [first, ...rest] = ids as [string, ...string[]];
  await data.installations.upsert({
    conversationId: first,
    conversationType: 'personal',
    serviceUrl: connector.serviceUrl,
    reference: reference(first),
  });
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    const installations = client.db(db).collection<Record<string, unknown>>(collections.installations);
    const template = await installations.findOne({ conversationId: first });
    if (!template) throw new Error('the seeded installation is not in the installations collection');
    const shape: Record<string, unknown> = { ...template };
    delete shape._id;
    for (let i = 0; i < rest.length; i += 500) {
      await installations.insertMany(
        rest.slice(i, i + 500).map((conversationId) => ({
          ...shape,
          _id: randomUUID() as unknown as never,
          conversationId,
          referenceJson: JSON.stringify(reference(conversationId)),
        })),
      );
    }
  } finally {
    await client.close();
  }
  expect(await data.installations.countActive()).toBe(count);
  expect(await data.installations.get(rest[rest.length - 1] as string)).toMatchObject({
    reference: reference(rest[rest.length - 1] as string),
  });
  return ids;
}

/** Messages per recipient across the given connectors; `twice` says when each duplicated one arrived. */
function received(
  ids: string[],
  connectors: FakeConnector[],
): { missing: string[]; duplicates: number; twice: { id: string; at: number[] }[] } {
  const missing: string[] = [];
  const twice: { id: string; at: number[] }[] = [];
  let duplicates = 0;
  for (const id of ids) {
    const messages = connectors.flatMap((c) => c.messages(id));
    if (messages.length === 0) missing.push(id);
    if (messages.length > 1) twice.push({ id, at: messages.map((m) => m.receivedAt) });
    duplicates += Math.max(0, messages.length - 1);
  }
  return { missing, duplicates, twice };
}

const skipReason = target.kind === 'none' && !mongoRequired ? target.reason : undefined;
if (skipReason) warnMongoSkipped('broadcast crash and two-instance tests', skipReason);
describeUnless(skipReason, 'broadcast across processes sharing MongoDB', () => {
  let server: { uri: string; stop(): Promise<void> } | undefined;
  let db: string;
  let data: DataLayer;
  const connectors: FakeConnector[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    server = await mongoServer(target);
  }, 120_000);
  afterAll(async () => server?.stop());

  beforeEach(async () => {
    if (!server) throw new Error('MongoDB did not start');
    db = `hp_broadcast_${randomBytes(6).toString('hex')}`;
    data = await createRepositories(
      { MONGODB_URI: server.uri, MONGODB_DB: db, MONGODB_TIMEOUT_MS: 10_000, DATA_DIR: 'unused' },
      testLogger,
    );
  });

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await Promise.all(connectors.splice(0).map((c) => c.close()));
    await data.close();
    const client = new MongoClient((server as { uri: string }).uri, { serverSelectionTimeoutMS: 10_000 });
    try {
      await client.db(db).dropDatabase();
    } finally {
      await client.close();
    }
  });

  const settingsFor = (
    connector: FakeConnector,
    announcementId: string,
    workerId: string,
    mode: WorkerSettings['mode'],
  ): WorkerSettings => ({
    mongoUri: (server as { uri: string }).uri,
    mongoDb: db,
    connectorUrl: connector.serviceUrl,
    announcementId,
    workerId,
    mode,
    leaseMs: LEASE_MS,
    ratePerSecond: 200,
    concurrency: CONCURRENCY,
  });

  it(
    'after a SIGKILL part way, a restarted instance finishes: all 2000 recipients get it, duplicates at most the requests in flight',
    async () => {
      const connector = await FakeConnector.start({ keepBodies: false });
      connectors.push(connector);
      const ids = await seedRecipients(data, (server as { uri: string }).uri, db, connector, 2000);
      const announcement = await data.announcements.create({
        content: { title: 'Krasjtest', text: 'Til alle.', links: [], importance: 'normal' },
        audience: { kind: 'personal' },
        authorPseudonym: 'p',
      });

      const started = Date.now();
      const first = startWorker(settingsFor(connector, announcement.id, 'first', 'start'));
      children.push(first.child);
      await waitUntil(
        () => connector.stats().succeeded >= 500 || first.child.exitCode !== null,
        60_000,
        '500 messages',
      );
      expect(first.child.exitCode).toBeNull();
      first.child.kill('SIGKILL');
      const killedAt = Date.now();
      await first.exited;
      const atKill = connector.stats().succeeded;
      expect(atKill).toBeLessThan(2000);

      const second = startWorker(settingsFor(connector, announcement.id, 'second', 'resume'));
      children.push(second.child);
      expect(await second.exited).toBe(0);

      const { missing, duplicates, twice } = received(ids, [connector]);
      if (missing.length > 0) {
        const sample = await Promise.all(
          missing.slice(0, 3).map((id) => data.deliveries.get(announcement.id, id)),
        );
        console.error(
          `missing ${missing.length}; counts ${JSON.stringify(await data.deliveries.counts(announcement.id))}; ` +
            `sample ${JSON.stringify(sample)}\nfirst:\n${first.log()}\nsecond:\n${second.log()}`,
        );
      }
      expect(missing).toEqual([]);
      if (duplicates > CONCURRENCY) {
        const when = twice.map(
          (t) => `${t.id}: ${t.at.map((at) => at - killedAt).join(', ')} ms after the kill`,
        );
        console.error(`duplicates:\n${when.join('\n')}\nfirst:\n${first.log()}\nsecond:\n${second.log()}`);
      }
      process.stderr.write(
        `crash test: ${duplicates} duplicate(s) of 2000, at most ${CONCURRENCY} allowed; ${atKill} sent before the ` +
          `kill; workers ran ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
      expect(await data.deliveries.counts(announcement.id)).toMatchObject({
        total: 2000,
        sent: 2000,
        pending: 0,
        failed: 0,
      });
      expect((await data.announcements.get(announcement.id))?.status).toBe('sent');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'with two instances only the lease holder sends; when it is killed the other takes over within the lease time and finishes',
    async () => {
      const connectorA = await FakeConnector.start({ keepBodies: false });
      const connectorB = await FakeConnector.start({ keepBodies: false });
      connectors.push(connectorA, connectorB);
      const ids = await seedRecipients(data, (server as { uri: string }).uri, db, connectorA, 400);
      const announcement = await data.announcements.create({
        content: { title: 'To instanser', text: 'Til alle.', links: [], importance: 'normal' },
        audience: { kind: 'personal' },
        authorPseudonym: 'p',
      });
      await data.announcements.update(announcement.id, { status: 'sending' });

      const started = Date.now();
      const a = startWorker(settingsFor(connectorA, announcement.id, 'instance-a', 'resume'));
      const b = startWorker(settingsFor(connectorB, announcement.id, 'instance-b', 'resume'));
      children.push(a.child, b.child);
      await waitUntil(
        () => connectorA.stats().succeeded + connectorB.stats().succeeded >= 100,
        60_000,
        '100 messages',
      );
      // Exactly one of them is sending.
      const [sender, senderConnector, standby, standbyConnector] =
        connectorA.stats().succeeded > 0 ? [a, connectorA, b, connectorB] : [b, connectorB, a, connectorA];
      expect(senderConnector.stats().succeeded).toBeGreaterThanOrEqual(100);
      expect(standbyConnector.stats().requests).toBe(0);

      sender.child.kill('SIGKILL');
      await sender.exited;
      const killedAt = Date.now();
      await waitUntil(
        () => standbyConnector.stats().succeeded > 0,
        4 * LEASE_MS + 10_000,
        'the standby to take over',
        async () =>
          `sender had ${senderConnector.stats().succeeded} sent; deliveries ${JSON.stringify(
            await data.deliveries.counts(announcement.id),
          )}; announcement ${(await data.announcements.get(announcement.id))?.status}; standby exit ${
            standby.child.exitCode
          }\nstandby log:\n${standby.log()}`,
      );
      // Lease time plus one standby look (a quarter of it) plus slack for a loaded machine.
      expect(Date.now() - killedAt).toBeLessThan(LEASE_MS * 1.25 + 5000);
      expect(await standby.exited).toBe(0);

      const { missing, duplicates } = received(ids, [connectorA, connectorB]);
      expect(missing).toEqual([]);
      process.stderr.write(
        `two-instance test: ${duplicates} duplicate(s) of 400, at most ${CONCURRENCY} allowed; workers ran ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
      expect(await data.deliveries.counts(announcement.id)).toMatchObject({
        total: 400,
        sent: 400,
        pending: 0,
      });
    },
    TEST_TIMEOUT_MS,
  );
});
