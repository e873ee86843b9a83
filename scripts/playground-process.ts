import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The Microsoft 365 Agents Playground's CLI (a devDependency: a local Teams client for trying the bot). */
export const PLAYGROUND_CLI = path.resolve('node_modules/@microsoft/m365agentsplayground/cli.js');
/** Who the Playground pretends to be (Kari Nordmann and her team); see the file. */
export const PLAYGROUND_CONFIG = path.resolve('.m365agentsplayground.yml');
/** Kari Nordmann's Entra ID object id in PLAYGROUND_CONFIG: make her announcer and office member to try all. */
export const PLAYGROUND_USER_OBJECT_ID = '0c5a1f00-0000-4000-8000-000000000001';
/** The team in PLAYGROUND_CONFIG; its General channel has the team's id. */
export const PLAYGROUND_TEAM_ID = '19:prosjektkontoret@thread.tacv2';

/** A running Playground. */
export interface RunningPlayground {
  url: string;
  /** Where the Playground answers the bot's calls (the Bot Connector it mocks). */
  serviceUrl: string;
  /** What the Playground printed (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the Playground on `port` against the bot's /api/messages, offline: no browser opened
 * (TEAMSAPPTESTER_BROWSER=none), no telemetry (--disable-telemetry), the people of PLAYGROUND_CONFIG.
 * The Playground itself speaks en-US in every activity it sends, whatever the machine's locale.
 */
export async function startPlayground(options: {
  botEndpoint: string;
  port: number;
  logFile: string;
}): Promise<RunningPlayground> {
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      PLAYGROUND_CLI,
      'start',
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG,
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the Playground did not start within 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on ${options.port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited (${code}) before it listened:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    serviceUrl: `http://localhost:${options.port}/_connector`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
