/**
 * Turn latency and throughput through the whole HTTP pipeline: the real bot (src/composition.ts, with its store)
 * against a bare echo bot on the same stack (botbuilder CloudAdapter + restify), in the same run, with the same
 * HTTP client and the same kind of fake Bot Connector. Each server runs in its own child process, so its peak RSS
 * is its own.
 *
 *   npm run --silent bench:turns -- --json [--conversations 50] [--messages 4000] [--store embedded|mongodb]
 *
 * Options: --conversations N (50) conversations at once, each sending its next message when the reply to the last
 * one has arrived; --messages M (4000) measured turns per server, 10 % of them Ja/Nei feedback clicks (stored by
 * the feedback feature); --warmup W (min(400, M)) unmeasured turns per server first; --rounds R (2) alternating
 * bot and echo measurements (the turns split between them) so that noise on a shared machine hits both alike;
 * --store embedded (a temporary folder; --data-dir :memory: for memory only) or mongodb (MONGODB_URI);
 * --fresh-conversations starts new conversations (new users) in every round, so that their first messages
 * (which store the conversation reference) are measured too; by default the same conversations go on from the
 * warm-up through all rounds; --runtime node (default: compiled by tsconfig.build.json, as `npm run start:prod`)
 * or tsx (as `npm start`); --node-options="..." for both servers (default: those of `npm run start:prod`);
 * --profile records V8 CPU profiles of both servers during the measured rounds into bench-output/profiles/ and
 * prints their hottest functions (profiling slows the servers: quote figures from runs without it); --json prints
 * one JSON object.
 *
 * Latency is from the POST to /api/messages until the reply arrives at the connector; throughput is turns per
 * second from the first POST until the last reply has arrived. Questions: ../shared/eval/qa-dev.jsonl, else
 * tests/fixtures/questions.jsonl.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { IN_MEMORY_DATA_DIR } from '../src/data';
import { describeMongoUri } from '../src/data/mongo-uri';
import { createQuestionAnswerer } from '../src/qa';
import { FakeConnector } from '../tests/support/fake-connector';
import { formatCpuProfileSummary } from './bench/cpu-profile-summary';
import type { ProcessUsage } from './bench/child-server';
import { ServerProcess } from './bench/server-process';
import { driveConversations, type DriveResult } from './bench/turn-driver';
import { planConversations, readQuestions } from './bench/turn-plan';

const ROOT = path.resolve(__dirname, '..');
const PROFILE_DIR = path.join(ROOT, 'bench-output', 'profiles');
/** Targets of the issue, for the embedded store with 50 conversations. */
const TARGETS = { ratio_throughput_min: 0.8, ratio_p99_max: 1.5, bot_peak_rss_mb_max: 200 };

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '50' },
    messages: { type: 'string', default: '4000' },
    warmup: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    store: { type: 'string', default: 'embedded' },
    'data-dir': { type: 'string' },
    'timeout-ms': { type: 'string', default: '10000' },
    runtime: { type: 'string', default: 'node' },
    'node-options': { type: 'string' },
    'fresh-conversations': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const conversations = Number(values.conversations);
const messages = Number(values.messages);
const warmup = values.warmup !== undefined ? Number(values.warmup) : Math.min(400, messages);
const rounds = Number(values.rounds);
const timeoutMs = Number(values['timeout-ms']);
const store = values.store;
if (
  ![conversations, messages, warmup, rounds, timeoutMs].every(Number.isInteger) ||
  conversations < 1 ||
  rounds < 1
)
  throw new Error('bench-turns: whole numbers expected (see the comment at the top of the script)');
if (messages < conversations * rounds)
  throw new Error('bench-turns: --messages must be at least --conversations times --rounds');
if (store !== 'embedded' && store !== 'mongodb')
  throw new Error('bench-turns: --store must be embedded or mongodb');
/** The bench raises the bot's per-user message limit to its maximum; one conversation is one user. */
const RATE_LIMIT_PER_MINUTE = 1000;
if ((warmup + messages) / conversations > RATE_LIMIT_PER_MINUTE)
  process.stderr.write(
    `bench-turns: over ${RATE_LIMIT_PER_MINUTE} messages per conversation may run into the bot's per-user rate limit\n`,
  );
const runtime = values.runtime;
if (runtime !== 'tsx' && runtime !== 'node') throw new Error('bench-turns: --runtime must be tsx or node');
/**
 * By default both servers run as production runs the bot: compiled JavaScript with the node options of
 * package.json's `start:prod` (a bounded heap), so the figures are the deployed bot's.
 */
function productionNodeOptions(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts['start:prod'] ?? '')
    .split(' ')
    .filter((a) => a.startsWith('--'))
    .join(' ');
}
const nodeOptions = (values['node-options'] ?? productionNodeOptions()).split(' ').filter((o) => o);

const say = (text: string): void => {
  if (!values.json) process.stderr.write(`${text}\n`);
};

/** What the JSON says of one server. */
interface ServerFigures {
  turns: number;
  feedback_turns: number;
  failed: number;
  seconds: number;
  throughput_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Latency of the feedback clicks alone. */
  feedback_p50_ms: number;
  feedback_p99_ms: number;
  /** CPU time of the server's process (user + system) per turn, while it was measured. */
  cpu_ms_per_turn: number;
  /** CPU time of the bench process (client and fake connector, the same code for both servers) per turn. */
  client_cpu_ms_per_turn: number;
  /** Requests to the Bot Connector per turn (a reply; the bot also updates the rated card after a feedback click). */
  connector_requests_per_turn: number;
  /** How late the server's event loop ran while measured (worst round): long synchronous work or GC pauses. */
  event_loop_delay_p99_ms: number;
  event_loop_delay_max_ms: number;
  peak_rss_mb: number;
  /** The V8 heap at the end, after a full garbage collection: allocated, and in use (what is really kept). */
  heap_total_mb: number;
  heap_used_mb: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** What is added up over a server's measured rounds besides the drive results. */
interface Counters {
  /** CPU time of the server's process. */
  cpuMs: number;
  /** CPU time of the bench's own process (HTTP client and fake connector) while it drove this server. */
  clientCpuMs: number;
  /** Requests the server made to its fake connector (replies, updates). */
  connectorRequests: number;
  /** The server's event-loop delay in its worst round: 99th percentile and maximum. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

function emptyCounters(): Counters {
  return { cpuMs: 0, clientCpuMs: 0, connectorRequests: 0, loopDelayP99Ms: 0, loopDelayMaxMs: 0 };
}

function figures(results: DriveResult[], counters: Counters, usage: ProcessUsage): ServerFigures {
  const latencies = results.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const feedback = results.flatMap((r) => r.feedbackLatenciesMs).sort((a, b) => a - b);
  const turns = results.reduce((sum, r) => sum + r.turns, 0);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  return {
    turns,
    feedback_turns: results.reduce((sum, r) => sum + r.feedbackTurns, 0),
    failed: results.reduce((sum, r) => sum + r.failed, 0),
    seconds: round(seconds, 3),
    throughput_per_s: round(turns / seconds, 1),
    p50_ms: round(percentile(latencies, 0.5), 2),
    p95_ms: round(percentile(latencies, 0.95), 2),
    p99_ms: round(percentile(latencies, 0.99), 2),
    max_ms: round(latencies[latencies.length - 1] ?? Number.NaN, 2),
    feedback_p50_ms: round(percentile(feedback, 0.5), 2),
    feedback_p99_ms: round(percentile(feedback, 0.99), 2),
    cpu_ms_per_turn: round(counters.cpuMs / Math.max(1, turns), 3),
    client_cpu_ms_per_turn: round(counters.clientCpuMs / Math.max(1, turns), 3),
    connector_requests_per_turn: round(counters.connectorRequests / Math.max(1, turns), 3),
    event_loop_delay_p99_ms: round(counters.loopDelayP99Ms, 1),
    event_loop_delay_max_ms: round(counters.loopDelayMaxMs, 1),
    peak_rss_mb: round(usage.maxRssKb / 1024, 1),
    heap_total_mb: round(usage.heapTotalKb / 1024, 1),
    heap_used_mb: round(usage.heapUsedKb / 1024, 1),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (store === 'mongodb' && !config.MONGODB_URI)
    throw new Error(
      'bench-turns: --store mongodb needs MONGODB_URI (bash scripts/mongo-test-server.sh start)',
    );
  const { file, questions } = readQuestions([
    path.join(ROOT, '..', 'shared', 'eval', 'qa-dev.jsonl'),
    path.join(ROOT, 'tests', 'fixtures', 'questions.jsonl'),
  ]);
  const { answerer } = createQuestionAnswerer(config.KNOWLEDGE_BASE_FILE);
  const plan = (turns: number) => planConversations(questions, answerer, conversations, turns);
  say(`${questions.length} questions from ${path.relative(ROOT, file)}; ${conversations} conversations`);

  const ownDataDir = store === 'embedded' && values['data-dir'] === undefined;
  const dataDir = ownDataDir ? mkdtempSync(path.join(os.tmpdir(), 'bench-turns-')) : values['data-dir'];
  const botEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    ALLOWED_TENANT_IDS: '',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE),
    PSEUDONYM_SECRET: 'bench-turns-pseudonym-secret',
    MONGODB_URI: store === 'mongodb' ? config.MONGODB_URI : '',
    MONGODB_DB: `bench_turns_${process.pid}`,
    DATA_DIR: dataDir ?? IN_MEMORY_DATA_DIR,
  };

  const runId = new Date().toISOString().replace(/[:.]/g, '-');
  const servers = serverScripts();
  const botConnector = await FakeConnector.start({ conversationLimits: [], keepBodies: false });
  const echoConnector = await FakeConnector.start({ conversationLimits: [], keepBodies: false });
  const running: ServerProcess[] = [];
  try {
    const bot = await ServerProcess.start({
      script: servers.bot,
      execArgv: servers.execArgv,
      env: botEnv,
      output: process.stderr,
    });
    running.push(bot);
    const echo = await ServerProcess.start({
      script: servers.echo,
      execArgv: servers.execArgv,
      env: { ...process.env, MicrosoftAppId: '', MicrosoftAppPassword: '' },
      output: process.stderr,
    });
    running.push(echo);
    const targets = {
      bot: { server: bot, connector: botConnector, results: [] as DriveResult[], ...emptyCounters() },
      echo: { server: echo, connector: echoConnector, results: [] as DriveResult[], ...emptyCounters() },
    };

    if (warmup > 0) {
      say(`warming up: ${warmup} turns each`);
      for (const [name, t] of Object.entries(targets)) {
        const warm = await driveConversations({
          url: t.server.url,
          connector: t.connector,
          plan: plan(Math.max(warmup, conversations)),
          tag: name,
          timeoutMs,
        });
        if (warm.failed > 0)
          throw new Error(`bench-turns: ${name} failed in the warm-up: ${warm.errors.join('; ')}`);
      }
    }
    if (values.profile) await Promise.all([bot.startProfile(), echo.startProfile()]);
    for (let r = 0; r < rounds; r++) {
      const turns = Math.floor(messages / rounds) + (r < messages % rounds ? 1 : 0);
      const order = r % 2 === 0 ? (['bot', 'echo'] as const) : (['echo', 'bot'] as const);
      for (const name of order) {
        const t = targets[name];
        const turnsPlanned = plan(turns);
        const before = await t.server.usage();
        const requestsBefore = t.connector.stats().requests;
        const clientBefore = process.cpuUsage();
        const result = await driveConversations({
          url: t.server.url,
          connector: t.connector,
          plan: turnsPlanned,
          tag: values['fresh-conversations'] ? `${name}-${r}` : name,
          timeoutMs,
        });
        const client = process.cpuUsage(clientBefore);
        t.clientCpuMs += (client.user + client.system) / 1000;
        t.connectorRequests += t.connector.stats().requests - requestsBefore;
        t.results.push(result);
        const after = await t.server.usage();
        t.cpuMs += after.cpuMs - before.cpuMs;
        t.loopDelayP99Ms = Math.max(t.loopDelayP99Ms, after.loopDelayP99Ms);
        t.loopDelayMaxMs = Math.max(t.loopDelayMaxMs, after.loopDelayMaxMs);
        say(
          `round ${r + 1}/${rounds} ${name}: ${result.turns} turns in ${result.seconds.toFixed(2)} s` +
            (result.failed ? `, ${result.failed} failed (${result.errors.join('; ')})` : ''),
        );
      }
    }

    const profiles = {
      bot: path.join(PROFILE_DIR, `bot-${runId}.cpuprofile`),
      echo: path.join(PROFILE_DIR, `echo-${runId}.cpuprofile`),
    };
    if (values.profile) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      await Promise.all([bot.stopProfile(profiles.bot), echo.stopProfile(profiles.echo)]);
    }
    const botFigures = figures(targets.bot.results, targets.bot, await bot.usage(true));
    const echoFigures = figures(targets.echo.results, targets.echo, await echo.usage(true));
    const result = {
      bot: botFigures,
      echo: echoFigures,
      ratio_throughput: round(botFigures.throughput_per_s / echoFigures.throughput_per_s, 3),
      ratio_p99: round(botFigures.p99_ms / echoFigures.p99_ms, 3),
      store,
      store_location:
        store === 'mongodb'
          ? describeMongoUri(config.MONGODB_URI ?? '')
          : ownDataDir
            ? 'temporary folder'
            : (dataDir ?? IN_MEMORY_DATA_DIR),
      cores: os.cpus().length,
      conversations,
      messages,
      rounds,
      fresh_conversations: values['fresh-conversations'],
      round_ratios_throughput: targets.bot.results.map((b, i) => {
        const e = targets.echo.results[i]!;
        return round(b.turns / b.seconds / (e.turns / e.seconds), 3);
      }),
      feedback_share: round(botFigures.feedback_turns / Math.max(1, botFigures.turns), 3),
      node: process.version,
      runtime,
      node_options: nodeOptions.join(' '),
      profiled: values.profile,
      targets: TARGETS,
    };
    if (values.json) console.log(JSON.stringify(result));
    else {
      const line = (name: string, f: ServerFigures) =>
        `${name.padEnd(5)} ${f.throughput_per_s} turns/s, p50 ${f.p50_ms} ms, p95 ${f.p95_ms} ms, p99 ${f.p99_ms} ms, ` +
        `feedback p99 ${f.feedback_p99_ms} ms, CPU ${f.cpu_ms_per_turn} ms/turn (client ${f.client_cpu_ms_per_turn}), ` +
        `${f.connector_requests_per_turn} connector requests/turn, ` +
        `event loop delay p99 ${f.event_loop_delay_p99_ms} ms max ${f.event_loop_delay_max_ms} ms, peak RSS ${f.peak_rss_mb} MB ` +
        `(heap ${f.heap_used_mb} of ${f.heap_total_mb} MB)${f.failed ? `, ${f.failed} failed` : ''}`;
      console.log(line('bot', botFigures));
      console.log(line('echo', echoFigures));
      console.log(
        `bot/echo: throughput ${result.ratio_throughput} (target >= ${TARGETS.ratio_throughput_min}), ` +
          `p99 ${result.ratio_p99} (target <= ${TARGETS.ratio_p99_max}); store ${result.store} (${result.store_location}), ${result.cores} cores`,
      );
    }
    if (values.profile) for (const file of Object.values(profiles)) say(formatCpuProfileSummary(file, 30));
  } finally {
    await Promise.all(running.map((s) => s.stop().catch((err: unknown) => say(String(err)))));
    await botConnector.close();
    await echoConnector.close();
    if (ownDataDir && dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The servers' entry points and node options: TypeScript through tsx, as `npm start` runs the bot, or (--runtime
 * node) JavaScript compiled by the build configuration into bench-output/dist, as `npm run build` would.
 */
function serverScripts(): { bot: string; echo: string; execArgv: string[] } {
  if (runtime === 'tsx') {
    const dir = path.join(__dirname, 'bench');
    return {
      bot: path.join(dir, 'bot-server.ts'),
      echo: path.join(dir, 'echo-bot.ts'),
      execArgv: ['--import', 'tsx', '--expose-gc', ...nodeOptions],
    };
  }
  const outDir = path.join(ROOT, 'bench-output', 'dist');
  say('compiling to bench-output/dist (tsconfig.build.json)');
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', outDir],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const dir = path.join(outDir, 'scripts', 'bench');
  if (!existsSync(path.join(dir, 'bot-server.js')))
    throw new Error(`bench-turns: the build did not produce ${dir} (tsc exit ${tsc.status})`);
  return {
    bot: path.join(dir, 'bot-server.js'),
    echo: path.join(dir, 'echo-bot.js'),
    execArgv: ['--expose-gc', ...nodeOptions],
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-turns: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
