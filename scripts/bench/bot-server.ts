/**
 * The real bot for `npm run bench:turns`, in its own process so its memory is its own: the composition of
 * src/index.ts (store, features, adapter, bot, restify server) from the environment the bench sets.
 */
import { composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { serveForBench } from './child-server';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
let stop: () => Promise<void> = async () => undefined;

serveForBench(
  async () => {
    const { app, data } = await composeApplication(config, logger);
    stop = () => app.stop();
    // MongoDB connects in the background: measure turns, not the connection.
    const deadline = Date.now() + 15_000;
    while (!(await data.healthy())) {
      if (Date.now() > deadline) throw new Error(`the ${data.kind} store did not answer within 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { port } = await app.start();
    return port;
  },
  () => stop(),
);
