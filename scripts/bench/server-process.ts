import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BenchRequest, ChildMessage, ProcessUsage } from './child-server';

/** How to start a benchmarked server. */
export interface ServerProcessOptions {
  /** The file to run (scripts/bench/bot-server.ts or echo-bot.ts, or their compiled .js). */
  script: string;
  /** Node options, e.g. ['--import', 'tsx'] for a .ts file. */
  execArgv: string[];
  env: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go (the bench keeps its own stdout for the result). */
  output: NodeJS.WritableStream;
}

/** Peak resident set size of a process in kB, from /proc/<pid>/status (VmHWM); undefined off Linux. */
function peakRssKb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A benchmarked server in a child process, so its CPU and memory are its own. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    /** Base URL of the server, e.g. http://127.0.0.1:40123. */
    readonly url: string,
  ) {}

  /** Forks the server and resolves once it listens. */
  static start(options: ServerProcessOptions): Promise<ServerProcess> {
    const child = fork(options.script, [], {
      env: options.env,
      execArgv: options.execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.pipe(options.output, { end: false });
    child.stderr?.pipe(options.output, { end: false });
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`${options.script} exited (${code}) before listening`));
      child.once('exit', onExit);
      child.once('error', reject);
      const onMessage = (message: ChildMessage) => {
        if (message.type === 'ready') {
          child.off('exit', onExit);
          child.off('message', onMessage);
          resolve(new ServerProcess(child, `http://127.0.0.1:${message.port}`));
        } else if (message.type === 'failed') {
          reject(new Error(`${options.script} failed to start: ${message.error}`));
        }
      };
      child.on('message', onMessage);
    });
  }

  /**
   * CPU time, peak RSS (from /proc where there is one) and heap so far; with `collectGarbage` the heap figures
   * are taken after a full collection, i.e. what is really kept (the peak is read before it).
   */
  async usage(collectGarbage = false): Promise<ProcessUsage> {
    const kb = this.child.pid !== undefined ? peakRssKb(this.child.pid) : undefined;
    const reported = await this.request({ type: 'usage', collectGarbage }, 'usage');
    return {
      cpuMs: reported.cpuMs,
      maxRssKb: kb ?? reported.maxRssKb,
      heapTotalKb: reported.heapTotalKb,
      heapUsedKb: reported.heapUsedKb,
      loopDelayP99Ms: reported.loopDelayP99Ms,
      loopDelayMaxMs: reported.loopDelayMaxMs,
    };
  }

  /** Starts the V8 CPU profiler in the server. */
  async startProfile(): Promise<void> {
    await this.request({ type: 'profile-start' }, 'profile-started');
  }

  /** Stops the profiler and has the server write the profile to `file`. */
  async stopProfile(file: string): Promise<void> {
    await this.request({ type: 'profile-stop', file }, 'profile-written');
  }

  /** Stops the server and waits until its process has exited. */
  stop(timeoutMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        reject(new Error('a benchmarked server did not stop in time; killed'));
      }, timeoutMs);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.child.send({ type: 'stop' } satisfies BenchRequest);
    });
  }

  private request<T extends ChildMessage['type']>(
    request: BenchRequest,
    answer: T,
    timeoutMs = 30_000,
  ): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.child.off('message', onMessage);
        reject(new Error(`a benchmarked server did not answer ${request.type}`));
      }, timeoutMs);
      const onMessage = (message: ChildMessage) => {
        if (message.type !== answer) return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(message as Extract<ChildMessage, { type: T }>);
      };
      this.child.on('message', onMessage);
      this.child.send(request);
    });
  }
}
