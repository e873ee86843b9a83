import { composeApplication } from './composition';
import { loadConfig, redactedSummary } from './config';
import { createLogger } from './logger';
import { startLine } from './start-report';

/** Entry point: configuration, logger, the composed application (src/composition.ts), process-level error handling. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\nSe env.TEMPLATE for alle innstillinger.\n`);
    process.exit(1);
  }
  const logger = createLogger(
    config.LOG_LEVEL,
    undefined,
    config.LOG_FORMAT ?? (config.NODE_ENV === 'development' ? 'pretty' : 'json'),
  );
  // Every setting with its source, secrets hidden: for troubleshooting (LOG_LEVEL=debug); the start line below
  // says what matters.
  logger.debug({ config: redactedSummary(config) }, 'configuration');
  if (!config.MicrosoftAppId && config.NODE_ENV === 'production')
    logger.warn('MicrosoftAppId is empty: authentication is OFF (local use only)');

  const { app, data } = await composeApplication(config, logger);

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
  const line = startLine(config, url, data.kind);
  logger.info(line.fields, line.msg);
}

main().catch((err: unknown) => {
  process.stderr.write(`Boten kunne ikke starte: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
