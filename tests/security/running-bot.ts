/**
 * The real application started in-process for security tests: config from an env record, a log capture, a
 * fake Bot Connector for the replies and a spy feature that records which activities reached the bot.
 */
import type { BotFeature } from '../../src/bot/bot-feature';
import { type App, createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { FakeConnector, type FakeConnectorOptions } from '../support/fake-connector';
import { LocalCredentialsFactory } from './local-credentials-factory';

/** The tenant the test conversations belong to. */
export const TENANT_ID = '7f2b0c1e-3d4a-4b5c-9e6f-0a1b2c3d4e5f';
/** The bot's app id in the tests. */
export const APP_ID = '0e7c6c58-8a3f-4c36-9d0c-2f1b8e5a7d10';

/** Every JSON line the app logged. */
export class LogCapture {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];

  write(line: string): void {
    this.raw.push(line);
    this.lines.push(JSON.parse(line) as Record<string, unknown>);
  }

  /** All log output as one string, for "never contains" checks. */
  text(): string {
    return this.raw.join('');
  }

  /** Lines whose msg is `msg`. */
  withMessage(msg: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l.msg === msg);
  }
}

/** A running bot, the connector its replies go to, and what it logged. */
export interface RunningBot {
  app: App;
  url: string;
  connector: FakeConnector;
  logs: LogCapture;
  /** Activities that reached the bot's features (i.e. got past authentication and the middleware). */
  seen: { type: string; id?: string }[];
  /** POSTs a body to /api/messages; a string body is sent as is. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

let nextActivity = 1;

/** A Teams message activity in a personal chat of TENANT_ID, replying to `serviceUrl`. */
export function teamsActivity(
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    id: `act-${nextActivity++}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:user-1', aadObjectId: 'aad-user-1', name: 'Kari Nordmann' },
    recipient: { id: '28:bot', name: 'Helseplattformen' },
    conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'nb-NO',
    text: 'hjelp',
    ...overrides,
  };
}

/** Starts the app with the given environment (PORT 0, embedded store in memory) and a fake connector. */
export async function startBot(
  env: Record<string, string>,
  options: { connector?: FakeConnectorOptions; logLevel?: string; features?: BotFeature[] } = {},
): Promise<RunningBot> {
  const connector = await FakeConnector.start({ conversationLimits: [], ...options.connector });
  const logs = new LogCapture();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: ':memory:',
    LOG_LEVEL: options.logLevel ?? 'info',
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL, logs);
  const seen: RunningBot['seen'] = [];
  const spy: BotFeature = {
    name: 'spy',
    onMessageActivity: async (context) => {
      seen.push({ type: context.activity.type, id: context.activity.id });
    },
  };
  const app = createApp(config, logger, {
    features: [spy, ...(options.features ?? [])],
    credentialsFactory: config.MicrosoftAppId
      ? new LocalCredentialsFactory(config.MicrosoftAppId)
      : undefined,
  });
  const { port } = await app.start();
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    connector,
    logs,
    seen,
    post: async (body, headers = {}) => {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    close: async () => {
      await app.stop();
      await connector.close();
    },
  };
}
