/**
 * `npm run playground`: the bot as `npm start` runs it, and Microsoft 365 Agents Playground (a local Teams client,
 * offline) talking to it. Prints the address to open. Kari Nordmann, the Playground's user, may announce and
 * answers for the project office, whose channel is General in the Playground's team, unless the environment
 * says otherwise. Stop with Ctrl+C.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import {
  freePort,
  PLAYGROUND_TEAM_ID,
  PLAYGROUND_USER_OBJECT_ID,
  startPlayground,
} from './playground-process';

const BOT_PORT = Number(process.env.PORT ?? 3978);
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT ?? 56150);

async function waitForHealth(url: string, bot: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (bot.exitCode !== null)
      throw new Error(`the bot stopped (exit code ${bot.exitCode}); see its output above`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the bot did not answer ${url} within two minutes`);
}

async function main(): Promise<void> {
  const playgroundPort = PLAYGROUND_PORT || (await freePort());
  const serviceUrl = `http://localhost:${playgroundPort}/_connector`;
  // The normal start path (npm start), in its own process group so that Ctrl+C stops all of it.
  const bot = spawn('npm', ['start'], {
    stdio: 'inherit',
    detached: true,
    env: {
      ...process.env,
      PORT: String(BOT_PORT),
      HOST: process.env.HOST ?? '127.0.0.1',
      DATA_DIR: process.env.DATA_DIR ?? path.resolve('.data-playground'),
      ANNOUNCERS: process.env.ANNOUNCERS ?? PLAYGROUND_USER_OBJECT_ID,
      PROJECT_OFFICE_MEMBERS: process.env.PROJECT_OFFICE_MEMBERS ?? PLAYGROUND_USER_OBJECT_ID,
      PROJECT_OFFICE_CHANNEL: process.env.PROJECT_OFFICE_CHANNEL ?? PLAYGROUND_TEAM_ID,
      PROJECT_OFFICE_SERVICE_URL: process.env.PROJECT_OFFICE_SERVICE_URL ?? serviceUrl,
      TAB_AUTH: process.env.TAB_AUTH ?? 'off',
    },
  });
  const stopBot = () => {
    if (bot.exitCode === null && bot.pid !== undefined) process.kill(-bot.pid, 'SIGTERM');
  };
  process.once('exit', stopBot);
  const botUrl = `http://127.0.0.1:${BOT_PORT}`;
  await waitForHealth(`${botUrl}/healthz`, bot);
  const playground = await startPlayground({
    botEndpoint: `${botUrl}/api/messages`,
    port: playgroundPort,
    logFile: path.resolve('.data-playground', 'playground.log'),
  });
  process.stdout.write(
    `\nMicrosoft 365 Agents Playground: ${playground.url}\n` +
      `Boten: ${botUrl}/api/messages (fanen: ${botUrl}/tab). Stopp med Ctrl+C.\n\n`,
  );
  const stop = async () => {
    await playground.stop();
    stopBot();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run playground: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
