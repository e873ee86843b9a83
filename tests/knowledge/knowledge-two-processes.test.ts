import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import type { KnowledgeResponse } from '../../src/knowledge/knowledge-api-types';
import { mongoRequired, warnMongoSkipped } from '../data/backends';
import { FerretDbProcess, ferretdbBinary, freePort } from '../data/ferretdb-process';
import { createMessageActivity, postActivity, waitFor } from '../support/bot-activity';
import { describeUnless } from '../support/describe-unless';
import { FakeConnector } from '../support/fake-connector';

const root = path.resolve(__dirname, '../..');
/** Short, so the test waits little; the 5 s the publish may take is far above it. */
const POLL_MS = 250;

/** MONGODB_URI when set, otherwise a FerretDB of our own (when its binary is built), otherwise a reason to skip. */
const uriFromEnv = process.env.MONGODB_URI?.trim();
const ferret = uriFromEnv ? undefined : ferretdbBinary(false);
const skipReason =
  uriFromEnv || (ferret && 'bin' in ferret) || mongoRequired
    ? undefined
    : `no MONGODB_URI and no FerretDB binary (${ferret && 'reason' in ferret ? ferret.reason.slice(0, 120) : ''})`;
if (skipReason) warnMongoSkipped('knowledge across two bot processes', skipReason);

/** One bot process as `npm start` runs it (src/index.ts), on its own port. */
async function startBot(
  uri: string,
  db: string,
): Promise<{ child: ChildProcess; url: string; log(): string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MONGODB_URI: uri,
      MONGODB_DB: db,
      TAB_AUTH: 'off',
      KNOWLEDGE_EDITORS: 'utvikler@localhost',
      KNOWLEDGE_POLL_MS: String(POLL_MS),
      PSEUDONYM_SECRET: 'two-process-knowledge-secret',
    },
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}: ${output}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, url, log: () => output };
    if (Date.now() > deadline) throw new Error(`bot did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopBot(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

describeUnless(
  skipReason,
  'the knowledge base across two bot processes on one MongoDB-protocol server',
  () => {
    const db = `hp_knowledge_${randomBytes(5).toString('hex')}`;
    let server: FerretDbProcess | undefined;
    let uri: string;
    let connector: FakeConnector;
    let a: Awaited<ReturnType<typeof startBot>> | undefined;
    let b: Awaited<ReturnType<typeof startBot>> | undefined;
    let asked = 0;

    const ask = async (url: string, question: string): Promise<string> => {
      const conversationId = `a:two-processes-${++asked}`;
      await postActivity(
        url,
        createMessageActivity(question, { serviceUrl: connector.serviceUrl, conversationId }),
      );
      const [reply] = await waitFor(
        () => connector.messages(conversationId).length > 0 && connector.messages(conversationId),
        `answer to ${question}`,
        20_000,
      );
      return JSON.stringify(reply!.activity);
    };

    beforeAll(async () => {
      if (uriFromEnv) uri = uriFromEnv;
      else if (ferret && 'bin' in ferret) {
        server = new FerretDbProcess(ferret.bin, await freePort());
        await server.start();
        uri = server.uri;
      } else
        throw new Error(
          'MongoDB is required (REQUIRE_MONGODB=1) but neither MONGODB_URI nor FerretDB is there',
        );
      connector = await FakeConnector.start();
      // One after the other: the first seeds the empty store, the second finds version 1.
      a = await startBot(uri, db);
      b = await startBot(uri, db);
    }, 150_000);

    afterAll(async () => {
      await Promise.all([stopBot(a?.child), stopBot(b?.child)]);
      await connector?.close();
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
      try {
        await client.db(db).dropDatabase();
      } finally {
        await client.close();
      }
      await server?.remove();
    }, 60_000);

    test('a publish on one process is answered by the other within 5 s, and a stale publish there gets 412', async () => {
      const question = 'Hvem leder delprosjektet Gevinstrealisering?';
      // B answers (and keeps the reply) before the publish, so a kept reply would show below.
      expect(await ask(b!.url, question)).toContain('Øyvind Tanum');
      const { version, knowledgeBase } = (await (
        await fetch(`${a!.url}/api/tab/knowledge`)
      ).json()) as KnowledgeResponse;
      expect(version).toBe(1);
      const draft = structuredClone(knowledgeBase);
      draft.people.push({
        id: 'per-publisert',
        name: 'Per Publisert',
        role: { nb: 'Rådgiver' },
        aliases: [],
      });
      draft.subprojects.find((s) => s.id === 'gevinstrealisering')!.lead = 'per-publisert';
      const put = (url: string) =>
        fetch(`${url}/api/tab/knowledge`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'If-Match': String(version) },
          body: JSON.stringify({ knowledgeBase: draft }),
        });
      const published = await put(a!.url);
      expect(published.status).toBe(200);
      const started = Date.now();
      // B learns of version 2 by polling the store; it is asked until it answers from it (or 5 s have passed).
      let answer = '';
      for (;;) {
        answer = await ask(b!.url, question);
        if (answer.includes('Per Publisert') || Date.now() - started > 5000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const elapsed = Date.now() - started;
      console.info(`publish on A answered by B after ${elapsed} ms (poll interval ${POLL_MS} ms)`);
      expect(answer).toContain('Per Publisert');
      expect(elapsed).toBeLessThanOrEqual(5000);
      // B's editor, still on version 1, is told someone else published first.
      const stale = await put(b!.url);
      expect(stale.status).toBe(412);
      expect(await stale.json()).toMatchObject({ currentVersion: 2 });
    }, 60_000);
  },
);
