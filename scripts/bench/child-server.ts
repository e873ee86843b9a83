/**
 * The child side of a benchmarked server (scripts/bench/bot-server.ts, scripts/bench/echo-bot.ts): starts the
 * server, tells the bench its port over IPC, answers its requests (CPU time and peak memory, a CPU profile of the
 * measured part only), and on `stop` stops the server and exits.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** A request from the bench to a benchmarked server. */
export type BenchRequest =
  /** With `collectGarbage`, the heap figures are taken after a full collection (node --expose-gc). */
  | { type: 'usage'; collectGarbage?: boolean }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'stop' };

/** What the server's process has used so far. */
export interface ProcessUsage {
  /** User plus system CPU time, in ms. */
  cpuMs: number;
  /** Peak resident set size, in kB. */
  maxRssKb: number;
  /** The V8 heap now: allocated and in use, in kB. */
  heapTotalKb: number;
  heapUsedKb: number;
  /** How late the event loop ran since the previous usage report (long synchronous work, GC pauses), in ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** Event-loop delay, sampled every 10 ms. */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

/** A message from a benchmarked server to the bench. */
export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; error: string }
  | ({ type: 'usage' } & ProcessUsage)
  | { type: 'profile-started' }
  | { type: 'profile-written'; file: string }
  | ({ type: 'stopped' } & ProcessUsage);

function usage(collectGarbage = false): ProcessUsage {
  const { user, system } = process.cpuUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collectGarbage && gc) gc();
  const { heapTotal, heapUsed } = process.memoryUsage();
  return {
    cpuMs: (user + system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    heapTotalKb: Math.round(heapTotal / 1024),
    heapUsedKb: Math.round(heapUsed / 1024),
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
}

/** Sends a message to the bench and resolves once it is written. */
function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
}

/** The V8 profiler of this process, driven through the inspector protocol. */
class Profiler {
  private readonly session = new Session();

  private post<T>(method: string): Promise<T> {
    return new Promise((resolve, reject) =>
      this.session.post(method, (err, result) => (err ? reject(err) : resolve(result as T))),
    );
  }

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.start');
  }

  async stop(file: string): Promise<void> {
    const { profile } = await this.post<{ profile: unknown }>('Profiler.stop');
    this.session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
  }
}

/** Runs a server as a child of the bench: `start` resolves with the port, `stop` ends it. */
export function serveForBench(start: () => Promise<number>, stop: () => Promise<void>): void {
  if (!process.send)
    throw new Error('bench server: start me through scripts/bench-turns.ts (needs an IPC channel)');
  const profiler = new Profiler();
  const handle = async (request: BenchRequest): Promise<void> => {
    switch (request.type) {
      case 'usage':
        await send({ type: 'usage', ...usage(request.collectGarbage) });
        loopDelay.reset();
        return;
      case 'profile-start':
        await profiler.start();
        return send({ type: 'profile-started' });
      case 'profile-stop':
        await profiler.stop(request.file);
        return send({ type: 'profile-written', file: request.file });
      case 'stop':
        await stop();
        await send({ type: 'stopped', ...usage() });
        process.exit(0);
    }
  };
  process.on('message', (request: BenchRequest) => {
    handle(request).catch((err: unknown) => {
      process.stderr.write(`bench server: ${request.type} failed: ${String(err)}\n`);
      process.exit(1);
    });
  });
  // The bench going away without a stop (killed, crashed) must not leave this server running.
  process.on('disconnect', () => process.exit(0));
  start()
    .then((port) => send({ type: 'ready', port }))
    .catch(async (err: unknown) => {
      await send({ type: 'failed', error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      process.exit(1);
    });
}
