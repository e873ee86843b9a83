/**
 * Soak and hostile-input benchmark against the production build, started exactly as `npm run start:prod` starts
 * it (compiled JavaScript, `node --max-old-space-size=160 dist/src/index.js`): many distinct long questions from
 * many users, then a message of 60 000 '<' while /healthz is polled, then card actions whose verb or action is a
 * name every JavaScript object inherits. It reports the server's peak RSS and V8 heap, and whether it stayed up.
 *
 *   npm run build && npm run --silent bench:soak -- --json [--questions 300] [--users 30] [--kb 200]
 *
 * Options: --questions N (300) distinct questions of --kb K kB (200) each, from --users U (30) users, --concurrency C
 * (10) at a time; --max-body-bytes B (1 MiB) is the server's MAX_BODY_BYTES, raised above the default (which
 * refuses a 200 kB body with 413) so that every question reaches the answerer and its caches; --default-body-limit
 * keeps the default instead (what a check of the plain `npm run start:prod` sees); --port P (0: any free port);
 * --json prints one JSON object. The heap is read from Node's diagnostic report (`--report-on-signal`), taken
 * after every 50 questions and at the end: the production process is measured without any code added to it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FakeConnector } from '../tests/support/fake-connector';
import { productionNodeOptions } from './bench/production-node-options';

const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');
/** What the issue asks: the 60 000 '<' message answered within 2 s while /healthz answers within 0.5 s. */
const TARGETS = { hostile_message_ms_max: 2000, healthz_ms_max: 500 };

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '300' },
    users: { type: 'string', default: '30' },
    kb: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10' },
    'max-body-bytes': { type: 'string', default: String(1024 * 1024) },
    'default-body-limit': { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});
const questions = Number(values.questions);
const users = Number(values.users);
const questionBytes = Number(values.kb) * 1024;
const concurrency = Number(values.concurrency);
const say = (text: string) => {
  if (!values.json) process.stderr.write(`${text}\n`);
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A question nobody asked before: distinct words, so no cache holds it and every token is new. */
function distinctQuestion(index: number, bytes: number): string {
  const head = `Hvem leder delprosjektet Opplæring, spør bruker ${index}? `;
  const words: string[] = [head];
  let length = head.length;
  for (let w = 0; length < bytes; w++) {
    const word = `ord${index.toString(36)}x${w.toString(36)} `;
    words.push(word);
    length += word.length;
  }
  return words.join('').slice(0, bytes);
}

interface Sent {
  status: number;
  ms: number;
}

let nextId = 1;
function activity(
  serviceUrl: string,
  user: number,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  return {
    type: 'message',
    id: `soak-${nextId++}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:soak-user-${user}`, aadObjectId: `aad-soak-user-${user}`, name: `Bruker ${user}` },
    recipient: { id: '28:bot', name: 'Helseplattformen' },
    conversation: { id: `a:soak-${user}`, conversationType: 'personal' },
    locale: 'nb-NO',
    ...overrides,
  };
}

async function post(url: string, body: unknown): Promise<Sent> {
  const start = performance.now();
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - start };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the bot exited (${child.exitCode}) before it answered /healthz`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the bot did not answer /healthz within 60 s');
}

/** Asks the server for a diagnostic report (SIGUSR2) and reads its heap figures, in MB. */
async function heapReport(
  child: ChildProcess,
  dir: string,
): Promise<{ used: number; total: number } | undefined> {
  const before = new Set(readdirSync(dir));
  child.kill('SIGUSR2');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const added = readdirSync(dir).filter((f) => !before.has(f) && f.endsWith('.json'));
    for (const file of added) {
      try {
        const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
          javascriptHeap: { totalMemory: number; usedMemory: number };
        };
        return {
          used: report.javascriptHeap.usedMemory / 1024 / 1024,
          total: report.javascriptHeap.totalMemory / 1024 / 1024,
        };
      } catch {
        // Still being written.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function main(): Promise<void> {
  if (!existsSync(ENTRY))
    throw new Error(`bench-soak: ${path.relative(ROOT, ENTRY)} is missing; run npm run build first`);
  const connector = await FakeConnector.start({ conversationLimits: [], keepBodies: false });
  const port = Number(values.port) || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-soak-'));
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'bench-soak-reports-'));
  const nodeOptions = productionNodeOptions();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MONGODB_URI: '',
    DATA_DIR: dataDir,
    PSEUDONYM_SECRET: 'bench-soak-pseudonym-secret',
    ...(values['default-body-limit'] ? {} : { MAX_BODY_BYTES: values['max-body-bytes'] }),
  };
  const child = spawn(
    process.execPath,
    [
      ...nodeOptions,
      '--report-on-signal',
      '--report-signal=SIGUSR2',
      `--report-directory=${reportDir}`,
      ENTRY,
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRssMb = Math.max(peakRssMb, procStatus(child.pid, 'VmRSS') ?? 0);
  }, 100);
  const heaps: { used: number; total: number }[] = [];
  try {
    await waitForHealth(url, child);
    say(
      `bench-soak: production build on ${url} (${nodeOptions.join(' ')}), ${questions} questions of ${values.kb} kB from ${users} users`,
    );

    // 1. Many distinct long questions.
    const statuses = new Map<number, number>();
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= questions) return;
        const sent = await post(
          url,
          activity(connector.serviceUrl, i % users, { text: distinctQuestion(i, questionBytes) }),
        );
        statuses.set(sent.status, (statuses.get(sent.status) ?? 0) + 1);
        if ((i + 1) % 50 === 0) {
          const heap = await heapReport(child, reportDir);
          if (heap) heaps.push(heap);
          say(`  ${i + 1} questions, heap used ${heap ? round1(heap.used) : '?'} MB`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const soakSeconds = (performance.now() - started) / 1000;

    // 2. 60 000 '<' while /healthz is polled.
    const health: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const start = performance.now();
        const response = await fetch(`${url}/healthz`);
        await response.arrayBuffer();
        health.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const hostile = await post(url, activity(connector.serviceUrl, users + 1, { text: '<'.repeat(60_000) }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    polling = false;
    await poller;

    // 3. Inherited names as verbs and actions.
    const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    const verbStatuses: Record<string, number> = {};
    for (const name of inherited) {
      const invoke = await post(
        url,
        activity(connector.serviceUrl, users + 2, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: name, data: { verb: name, action: name } } },
        }),
      );
      const submit = await post(url, activity(connector.serviceUrl, users + 3, { value: { action: name } }));
      verbStatuses[`invoke:${name}`] = invoke.status;
      verbStatuses[`submit:${name}`] = submit.status;
    }

    const finalHeap = await heapReport(child, reportDir);
    if (finalHeap) heaps.push(finalHeap);
    const stayedUp = child.exitCode === null && (await fetch(`${url}/healthz`)).ok;
    if (child.pid !== undefined) peakRssMb = Math.max(peakRssMb, procStatus(child.pid, 'VmHWM') ?? 0);
    const sortedHealth = [...health].sort((a, b) => a - b);
    const result = {
      build: 'dist/src/index.js',
      node_options: nodeOptions.join(' '),
      questions,
      users,
      question_kb: Number(values.kb),
      max_body_bytes: values['default-body-limit'] ? 'default' : Number(values['max-body-bytes']),
      soak_seconds: round1(soakSeconds),
      question_statuses: Object.fromEntries(statuses),
      replies_received: connector.stats().requests,
      stayed_up: stayedUp,
      peak_rss_mb: round1(peakRssMb),
      peak_heap_used_mb: round1(Math.max(...heaps.map((h) => h.used))),
      peak_heap_total_mb: round1(Math.max(...heaps.map((h) => h.total))),
      final_heap_used_mb: finalHeap ? round1(finalHeap.used) : null,
      hostile_message: { chars: 60_000, status: hostile.status, ms: round1(hostile.ms) },
      healthz_during_hostile: {
        samples: health.length,
        p50_ms: round1(percentile(sortedHealth, 0.5) ?? Number.NaN),
        max_ms: round1(sortedHealth[sortedHealth.length - 1] ?? Number.NaN),
      },
      verb_statuses: verbStatuses,
      any_5xx:
        Object.values(verbStatuses).some((s) => s >= 500) || [...statuses.keys()].some((s) => s >= 500),
      targets: TARGETS,
      targets_met:
        stayedUp &&
        hostile.status === 200 &&
        hostile.ms <= TARGETS.hostile_message_ms_max &&
        (sortedHealth[sortedHealth.length - 1] ?? Infinity) <= TARGETS.healthz_ms_max,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else say(JSON.stringify(result, null, 2));
    if (!stayedUp) process.exitCode = 1;
  } catch (err) {
    process.stderr.write(`bench-soak failed: ${(err as Error).message}\n${stderr}\n`);
    process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(reportDir, { recursive: true, force: true });
  }
}

void main();
