import { composeApplication } from './composition';
import { loadConfig, redactedSummary } from './config';
import { createLogger } from './logger';

/** Entry point: configuration, logger, the composed application (src/composition.ts), process-level error handling. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\nSe env.TEMPLATE for alle innstillinger.\n`);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  logger.info({ config: redactedSummary(config) }, 'configuration');
  if (!config.MicrosoftAppId) logger.warn('MicrosoftAppId is empty: authentication is OFF (local use only)');

  const { app } = await composeApplication(config, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, 15000);
    timer.unref();
    await app.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection');
    void shutdown('unhandledRejection');
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });

  const { url } = await app.start();
  logger.info(
    { url: `${url}/api/messages` },
    `Boten lytter på ${url}/api/messages (helsesjekk: ${url}/healthz)`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`Boten kunne ikke starte: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
