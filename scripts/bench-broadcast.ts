/**
 * Benchmark of the announcement broadcast: sends one announcement to N recipients through the bot as `npm start`
 * builds it (src/composition.ts: the app's CloudAdapter with its onTurnError, the engine, the store), under the node
 * options production runs with (those of `npm run start:prod`: its heap limit), against the
 * fake Bot Connector on localhost whose global limit is --rate and which injects transient errors (503/502/504) at
 * --error-rate (and 429s at --throttle-rate).
 *
 *   npm run --silent bench:broadcast -- --recipients 10000 --rate 200 --error-rate 0.05 --json
 *
 * Options: --recipients N (1000), --rate R (30; the connector's limit and the engine's), --error-rate E (0.05),
 * --throttle-rate T (0: injected 429 with Retry-After: 1), --concurrency C (max(8, R/10)), --store embedded|mongodb
 * (embedded: its database file in a new temporary folder, as `npm start` keeps it in DATA_DIR; --data-dir DIR for
 * another folder, --data-dir :memory: for none; mongodb uses MONGODB_URI), --json, --baseline FILE (the
 * JSON line of a smaller run, e.g. 10 000 recipients: adds `growth`, this run against that one).
 *
 * Figures: achieved_rate counts the requests the connector accepted within its limit per second (a request that
 * got an injected error used the budget too), so efficiency = achieved_rate / allowed_rate says how well the
 * engine uses the allowed rate. delivery_rate = delivered / seconds; with errors it cannot exceed
 * allowed_rate / (1 + error rate). seconds runs from start() until the announcement is marked sent.
 * db_ops_per_delivery = requests to the store while sending / recipients (constant when the design is right);
 * rss_per_1k_recipients_mb = (peak RSS while sending - RSS before) per 1 000 recipients (flat when it streams).
 * db_calls_per_delivery breaks the store requests down by collection and method, with their time per delivery (the
 * time a request took, its wait in the store's queue included), so a request whose cost grows with the audience
 * shows. growth (with --baseline): recipients ×, store requests per delivery ×, time per recipient ×, and peak
 * RSS and live heap (with node --expose-gc) in MB more than the baseline's.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeApplication } from '../src/composition';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { collections } from '../src/data/collections';
import { FakeConnector, type FaultRule } from '../tests/support/fake-connector';
import { runUnderProductionNodeOptions } from './bench/production-node-options';

const { values } = parseArgs({
  options: {
    recipients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '30' },
    'error-rate': { type: 'string', default: '0.05' },
    'throttle-rate': { type: 'string', default: '0' },
    concurrency: { type: 'string' },
    store: { type: 'string', default: 'embedded' },
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});

const recipients = Number(values.recipients);
const rate = Number(values.rate);
const errorRate = Number(values['error-rate']);
const throttleRate = Number(values['throttle-rate']);
const concurrency =
  values.concurrency !== undefined ? Number(values.concurrency) : Math.max(8, Math.ceil(rate / 10));
const storeKind = values.store;
if (
  ![recipients, rate, errorRate, throttleRate, concurrency].every(Number.isFinite) ||
  recipients < 1 ||
  rate <= 0
) {
  throw new Error('bench-broadcast: numeric options expected (see the comment at the top of the script)');
}
if (storeKind !== 'embedded' && storeKind !== 'mongodb')
  throw new Error('--store must be embedded or mongodb');

const say = (text: string): void => {
  if (!values.json) process.stderr.write(`${text}\n`);
};

/** Injected faults: transient errors split 2:1:1 over 503, 502 and 504, plus optional 429s. */
function faults(): FaultRule[] {
  const rules: FaultRule[] = [];
  if (throttleRate > 0) rules.push({ status: 429, rate: throttleRate, retryAfter: '1' });
  if (errorRate > 0) {
    // Each rule rolls only when the ones before it did not fire: 503 = E/2, 502 = E/4, 504 = E/4 overall.
    rules.push({ status: 503, rate: errorRate / 2 });
    rules.push({ status: 502, rate: errorRate / 4 / (1 - errorRate / 2) });
    rules.push({ status: 504, rate: errorRate / 4 / (1 - (3 * errorRate) / 4) });
  }
  return rules;
}

/** Heap in use after a full garbage collection (needs node --expose-gc), else undefined. */
function liveHeapMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
}

async function main(): Promise<void> {
  const nodeOptions = runUnderProductionNodeOptions();
  const base = loadConfig();
  let tempDir: string | undefined;
  let dataDir = values['data-dir'] ?? 'temp';
  if (storeKind === 'embedded' && dataDir === 'temp') {
    tempDir = mkdtempSync(path.join(tmpdir(), 'bench-broadcast-'));
    dataDir = tempDir;
  }
  if (storeKind === 'mongodb' && !base.MONGODB_URI) throw new Error('--store mongodb needs MONGODB_URI');
  const mongoDb = storeKind === 'mongodb' ? `bench_broadcast_${Date.now()}` : base.MONGODB_DB;
  // The bot as `npm start` runs it, with the benchmark's store, rate and concurrency as settings.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MONGODB_URI: storeKind === 'mongodb' ? base.MONGODB_URI : '',
    MONGODB_DB: mongoDb,
    MONGODB_TIMEOUT_MS: String(Math.max(base.MONGODB_TIMEOUT_MS, 5000)),
    DATA_DIR: dataDir,
    TEAMS_REQUESTS_PER_SECOND: String(rate),
    BROADCAST_CONCURRENCY: String(concurrency),
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
  });
  // Logs go to stderr, so that stdout holds only the figures.
  const logger = createLogger('error', pino.destination({ fd: 2, sync: true }));
  const { app, data, engine } = await composeApplication(config, logger);
  await app.start();
  const connector = await FakeConnector.start({
    globalLimit: { ratePerSecond: rate },
    faults: faults(),
    keepBodies: false,
    // Counts per conversation only: the figures below are the bot's memory, not this stand-in's.
    keepMessages: false,
  });

  let peakRss = process.memoryUsage().rss;
  // Where the memory was at the peak: the JavaScript heap (used and reserved), and memory outside it.
  let atPeak = process.memoryUsage();
  const rssSamples: number[] = [];
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss > peakRss) atPeak = usage;
    peakRss = Math.max(peakRss, usage.rss);
    rssSamples.push(usage.rss);
  }, 100);

  say(`seeding ${recipients} installations in the ${storeKind} store...`);
  const reference = (conversationId: string) => ({
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { id: conversationId, conversationType: 'personal' },
    bot: { id: '28:bench-bot' },
  });
  const conversationId = (i: number) => `a:bench-${String(i).padStart(6, '0')}`;
  if (storeKind === 'mongodb') {
    // One upsert at a time scans the collection on FerretDB (minutes for 10 000): insert copies of the first
    // stored record in bulk instead. Seeding is not part of the measured time either way.
    await data.installations.upsert({
      conversationId: conversationId(0),
      conversationType: 'personal',
      serviceUrl: connector.serviceUrl,
      reference: reference(conversationId(0)),
    });
    const client = new MongoClient(base.MONGODB_URI as string);
    try {
      const installations = client.db(mongoDb).collection<Record<string, unknown>>(collections.installations);
      const template: Record<string, unknown> = {
        ...(await installations.findOne({ conversationId: conversationId(0) })),
      };
      delete template._id;
      for (let start = 1; start < recipients; start += 1000) {
        const docs = [];
        for (let i = start; i < Math.min(recipients, start + 1000); i += 1) {
          docs.push({
            ...template,
            _id: randomUUID() as never,
            conversationId: conversationId(i),
            referenceJson: JSON.stringify(reference(conversationId(i))),
          });
        }
        await installations.insertMany(docs);
      }
    } finally {
      await client.close();
    }
  } else {
    for (let start = 0; start < recipients; start += 200) {
      const writes = [];
      for (let i = start; i < Math.min(recipients, start + 200); i += 1) {
        writes.push(
          data.installations.upsert({
            conversationId: conversationId(i),
            conversationType: 'personal',
            serviceUrl: connector.serviceUrl,
            reference: reference(conversationId(i)),
          }),
        );
      }
      await Promise.all(writes);
    }
  }
  if ((await data.installations.countActive()) !== recipients)
    throw new Error('seeding did not store every recipient');
  const announcement = await data.announcements.create({
    content: { title: 'Benchmark', text: 'Kunngjøring til alle.', links: [], importance: 'normal' },
    audience: { kind: 'personal' },
    authorPseudonym: 'bench',
  });

  say(`sending at ${rate}/s with ${concurrency} at once, ${errorRate * 100} % transient errors...`);
  const heapBefore = liveHeapMb();
  const rssBefore = process.memoryUsage().rss;
  const firstSendSample = rssSamples.length;
  const opsBefore = data.storeOperations();
  const callsBefore = new Map(data.storeCalls().map((c) => [c.call, c]));
  const started = performance.now();
  await engine.start(announcement.id);
  await engine.whenIdle();
  const seconds = (performance.now() - started) / 1000;
  const storeOperations = data.storeOperations() - opsBefore;
  // Per kind of request: how many per delivery and how long they took per delivery, the heaviest first.
  const storeCalls = data
    .storeCalls()
    .map((c) => ({
      call: c.call,
      count: c.count - (callsBefore.get(c.call)?.count ?? 0),
      ms: c.ms - (callsBefore.get(c.call)?.ms ?? 0),
    }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.ms - a.ms);
  clearInterval(sampler);
  const rssAfter = process.memoryUsage().rss;
  const peakDuringSend = Math.max(rssBefore, ...rssSamples.slice(firstSendSample));
  const heapAfter = liveHeapMb();

  let delivered = 0;
  let duplicates = 0;
  for (let i = 0; i < recipients; i += 1) {
    const got = connector.received(conversationId(i));
    if (got > 0) delivered += 1;
    duplicates += Math.max(0, got - 1);
  }
  const stats = connector.stats();
  const counts = await data.deliveries.counts(announcement.id);
  // Why the failed ones failed ("gave_up" after BROADCAST_MAX_ATTEMPTS, or a status Teams would not retry).
  const failures: Record<string, number> = {};
  if (counts.failed > 0) {
    for (let after: string | undefined; ;) {
      const page = await data.deliveries.list(announcement.id, { afterConversationId: after, limit: 1000 });
      for (const d of page.filter((x) => x.status === 'failed')) {
        const key = d.failureReason ?? 'unknown';
        failures[key] = (failures[key] ?? 0) + 1;
      }
      if (page.length < 1000) break;
      after = page[page.length - 1]?.conversationId;
    }
  }
  const status = (await data.announcements.get(announcement.id))?.status;
  await app.stop();
  const achievedRate = stats.admitted / seconds;
  const result = {
    recipients,
    delivered,
    lost: recipients - delivered,
    duplicates,
    seconds: Number(seconds.toFixed(2)),
    ms_per_recipient: Number(((seconds * 1000) / recipients).toFixed(3)),
    allowed_rate: rate,
    achieved_rate: Number(achievedRate.toFixed(1)),
    efficiency: Number((achievedRate / rate).toFixed(3)),
    delivery_rate: Number((delivered / seconds).toFixed(1)),
    requests: stats.requests,
    injected_errors: stats.faulted,
    throttled_by_connector: stats.throttled,
    failed: counts.failed,
    failures,
    status,
    concurrency,
    error_rate: errorRate,
    throttle_rate: throttleRate,
    node_options: nodeOptions.join(' '),
    peak_rss_mb: Math.round(peakRss / 2 ** 20),
    at_peak_mb: {
      heap_used: Math.round(atPeak.heapUsed / 2 ** 20),
      heap_total: Math.round(atPeak.heapTotal / 2 ** 20),
      external: Math.round(atPeak.external / 2 ** 20),
      array_buffers: Math.round(atPeak.arrayBuffers / 2 ** 20),
    },
    peak_rss_mb_while_sending: Math.round(peakDuringSend / 2 ** 20),
    rss_mb_before_send: Math.round(rssBefore / 2 ** 20),
    rss_mb_after_send: Math.round(rssAfter / 2 ** 20),
    rss_mb_at_quarters_of_send: [0.25, 0.5, 0.75, 1].map((q) => {
      const during = rssSamples.slice(firstSendSample);
      return Math.round(
        (during[Math.min(during.length - 1, Math.floor(q * during.length))] ?? rssAfter) / 2 ** 20,
      );
    }),
    live_heap_mb_before_send: heapBefore,
    live_heap_mb_after_send: heapAfter,
    store: storeKind === 'embedded' ? `embedded (${tempDir ?? dataDir})` : 'mongodb',
    db_ops_per_delivery: Number((storeOperations / recipients).toFixed(2)),
    db_calls_per_delivery: Object.fromEntries(
      storeCalls.map((c) => [
        c.call,
        {
          per_delivery: Number((c.count / recipients).toFixed(3)),
          ms_per_delivery: Number((c.ms / recipients).toFixed(3)),
        },
      ]),
    ),
    rss_per_1k_recipients_mb: Number(
      ((peakDuringSend - rssBefore) / 2 ** 20 / (recipients / 1000)).toFixed(2),
    ),
  };
  const output = values.baseline
    ? { ...result, growth: growth(result, JSON.parse(readFileSync(values.baseline, 'utf8')) as Figures) }
    : result;
  if (values.json) process.stdout.write(`${JSON.stringify(output)}\n`);
  else console.table(output);

  await connector.close();
  if (storeKind === 'mongodb') {
    const client = new MongoClient(base.MONGODB_URI as string);
    try {
      await client.db(mongoDb).dropDatabase();
    } finally {
      await client.close();
    }
  }
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

/** The figures growth() compares (a run's JSON line). */
interface Figures {
  recipients: number;
  db_ops_per_delivery: number;
  ms_per_recipient: number;
  peak_rss_mb: number;
  efficiency: number;
  live_heap_mb_after_send?: number;
}

/** This run against a smaller one: what grew, and by how much. */
function growth(now: Figures, base: Figures): Record<string, number | undefined> {
  const times = (a: number, b: number) => Number((a / b).toFixed(2));
  return {
    baseline_recipients: base.recipients,
    recipients_x: times(now.recipients, base.recipients),
    db_ops_per_delivery_x: times(now.db_ops_per_delivery, base.db_ops_per_delivery),
    ms_per_recipient_x: times(now.ms_per_recipient, base.ms_per_recipient),
    peak_rss_mb_more: now.peak_rss_mb - base.peak_rss_mb,
    live_heap_mb_more:
      now.live_heap_mb_after_send !== undefined && base.live_heap_mb_after_send !== undefined
        ? now.live_heap_mb_after_send - base.live_heap_mb_after_send
        : undefined,
    efficiency_baseline: base.efficiency,
  };
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench-broadcast failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
