/**
 * The baseline of `npm run bench:turns`: a bare echo bot on the same stack as the real one (botbuilder's
 * CloudAdapter, restify 11 with its body parser, authentication off), as in Microsoft's echo bot sample. It
 * replies to every message with its text; a card submit (no text) is answered with its data.
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} from 'botbuilder';
import restify from 'restify';
import { serveForBench } from './child-server';

/** The echo bot: one reply per message. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? JSON.stringify(context.activity.value ?? {});
      await context.sendActivity(MessageFactory.text(`Echo: ${text}`, `Echo: ${text}`));
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`echo bot: turn failed: ${error.message}\n`);
  await context.sendActivity('The bot encountered an error.');
};
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

serveForBench(
  () =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    }),
  () => new Promise((resolve) => server.close(() => resolve())),
);
