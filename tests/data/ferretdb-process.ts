import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/mongo-test-server.sh');

/** The FerretDB binary from scripts/mongo-test-server.sh (built only when `build` is true), or why there is none. */
export function ferretdbBinary(build: boolean): { bin: string } | { reason: string } {
  try {
    const out = execFileSync('bash', [script, 'bin', ...(build ? [] : ['--no-build'])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60 * 1000,
    });
    return { bin: out.trim() };
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    return { reason: stderr || String(err) };
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** One FerretDB server on a port with its own data folder, stopped and started again by the fault tests. */
export class FerretDbProcess {
  private child: ChildProcess | undefined;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'ferretdb-fault-'));

  constructor(
    private readonly bin: string,
    readonly port: number,
  ) {}

  get uri(): string {
    return `mongodb://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    const child = spawn(
      this.bin,
      [
        '--handler=sqlite',
        `--sqlite-url=file:${this.dataDir}/`,
        `--state-dir=${this.dataDir}`,
        `--listen-addr=127.0.0.1:${this.port}`,
        '--debug-addr=127.0.0.1:0',
        '--telemetry=disable',
        '--log-level=error',
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`FerretDB exited with ${child.exitCode}`);
      if (await answers(this.port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`FerretDB did not answer on ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
