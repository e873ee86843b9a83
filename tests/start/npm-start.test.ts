import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** The bot as `npm start` runs it (same entry point and node flags), with JSON logs to read. */
function startBot(dataDir: string): { child: ChildProcess; stdout: () => string; stderr: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_FORMAT: 'json' };
  for (const key of ['MONGODB_URI', 'HOST', 'NODE_ENV', 'LOG_LEVEL', 'MicrosoftAppId', 'TAB_AUTH'])
    delete env[key];
  const child = spawn(tsx, ['--disable-warning=DEP0111', 'src/index.ts'], { cwd: root, env });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return { child, stdout: () => out, stderr: () => err };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

async function until<T>(probe: () => T | undefined, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start on a fresh folder, as a newcomer runs it', () => {
  let dataDir: string;
  let bot: ReturnType<typeof startBot>;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'hp-start-'));
    bot = startBot(dataDir);
    const line = await until(
      () =>
        bot
          .stdout()
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { msg: string; url?: string })
          .find((l) => l.msg.startsWith('Listening on')),
      'the start line',
    );
    url = line.url!.replace(/\/api\/messages$/, '');
  }, 90_000);

  afterAll(async () => {
    bot.child.kill('SIGTERM');
    await exited(bot.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs one info line that says where it listens (this machine only), no warning or error, nothing on stderr', () => {
    const lines = bot
      .stdout()
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    expect(lines.map((l) => l.msg)).toEqual([
      expect.stringMatching(/^Listening on http:\/\/127\.0\.0\.1:\d+/),
    ]);
    expect(bot.stderr()).toBe('');
  });

  it('answers the health check and refuses {} with 400', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
  });

  it('a second start on the same DATA_DIR exits with a message naming the folder', async () => {
    const second = startBot(dataDir);
    expect(await exited(second.child)).toBe(1);
    expect(second.stderr()).toContain(dataDir);
    expect(second.stderr()).toMatch(/i bruk av en annen prosess/);
    // The first one still serves.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }, 60_000);
});
