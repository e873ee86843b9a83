/**
 * One bot instance's broadcast engine as a separate process, for the crash and two-instance tests: started with
 * `node --import tsx tests/broadcast/broadcast-worker.ts '<json>'` (see WorkerSettings), it sends through the real
 * botbuilder messenger to `connectorUrl`, and exits 0 once the announcement is sent. The tests SIGKILL it part way.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { createLogger } from '../../src/logger';
import { createRepositories } from '../../src/data';
import { BroadcastEngine } from '../../src/broadcast/broadcast-engine';
import type { Messenger } from '../../src/broadcast/messenger';
import { TeamsMessenger } from '../../src/broadcast/teams-messenger';

/** What the parent test passes as the one argument (JSON). */
export interface WorkerSettings {
  mongoUri: string;
  mongoDb: string;
  /** Fake connector of this worker: every request goes there, so the test can tell the instances apart. */
  connectorUrl: string;
  announcementId: string;
  workerId: string;
  /** 'start' starts the announcement; 'resume' continues whatever is unfinished (like a restarted bot). */
  mode: 'start' | 'resume';
  leaseMs: number;
  ratePerSecond: number;
  concurrency: number;
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as WorkerSettings;
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const data = await createRepositories(
    {
      MONGODB_URI: settings.mongoUri,
      MONGODB_DB: settings.mongoDb,
      MONGODB_TIMEOUT_MS: 10_000,
      DATA_DIR: 'unused',
    },
    logger,
  );
  const teams = new TeamsMessenger(
    new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    '',
    logger,
  );
  const routed = (reference: Record<string, unknown>) => ({
    ...reference,
    serviceUrl: settings.connectorUrl,
  });
  const messenger: Messenger = {
    send: (reference, activity) => teams.send(routed(reference), activity),
    update: (reference, id, activity) => teams.update(routed(reference), id, activity),
    delete: (reference, id) => teams.delete(routed(reference), id),
  };
  const engine = new BroadcastEngine({
    repositories: data,
    messenger,
    logger,
    workerId: settings.workerId,
    options: {
      ratePerSecond: settings.ratePerSecond,
      concurrency: settings.concurrency,
      leaseMs: settings.leaseMs,
      tickMs: Math.max(100, Math.floor(settings.leaseMs / 4)),
    },
  });
  if (settings.mode === 'start') await engine.start(settings.announcementId);
  else await engine.resumeUnfinished();
  engine.startScheduler();
  process.stdout.write(`${JSON.stringify({ ready: settings.workerId })}\n`);
  for (;;) {
    const announcement = await data.announcements.get(settings.announcementId);
    if (announcement?.status === 'sent') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await engine.stop();
  await data.close();
  process.stdout.write(`${JSON.stringify({ done: settings.workerId })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `broadcast worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
