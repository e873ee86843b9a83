import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TurnContext } from 'botbuilder';
import { messageText } from '../../src/bot/turn-text';
import { composeApplication, type Composition } from '../../src/composition';
import { loadConfig, type Config } from '../../src/config';
import type { FeedbackEntry } from '../../src/data/repositories';
import { createLogger } from '../../src/logger';
import { createPseudonymizer } from '../../src/privacy/pseudonym';
import { createMessageActivity, postActivity } from '../support/bot-activity';
import { FakeConnector, type ReceivedMessage } from '../support/fake-connector';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/** The secret the harness pseudonymises with (the tests recompute pseudonyms with it). */
export const TEST_PSEUDONYM_SECRET = 'feedback-e2e-pseudonym-secret';

/** A Teams user as the Bot Connector names them (createMessageActivity always sends the name "Kari Nordmann"). */
export interface TestUser {
  userId: string;
  aadObjectId: string;
}

/** Kari, who asks and rates in the tests. */
export const KARI: TestUser = { userId: '29:kari', aadObjectId: 'aaaaaaaa-1111-2222-3333-444444444444' };

/** Where and as whom an activity is sent. */
export interface SendOptions {
  user?: TestUser;
  conversationId?: string;
  locale?: string;
  /** For card submits: the activity id of the card the button was on. */
  replyToId?: string;
}

/** The real application (src/composition.ts) over HTTP with a fake Bot Connector. */
export interface FeedbackApp {
  url: string;
  connector: FakeConnector;
  composition: Composition;
  config: Config;
  pseudonymize: (aadObjectId: string) => string;
  /** Sends a message; resolves with the messages the conversation received for it. */
  say(text: string, options?: SendOptions): Promise<ReceivedMessage[]>;
  /** Clicks an Action.Submit button; resolves with the new messages (updates show on the card's message). */
  submit(value: Record<string, unknown>, options?: SendOptions): Promise<ReceivedMessage[]>;
  /** Every stored feedback entry, oldest first. */
  entries(): Promise<FeedbackEntry[]>;
  /** Stops the app (which closes the store); safe to call twice. */
  stop(): Promise<void>;
}

/** Starts the composed app with these settings on top of silent, port-0, no-auth test defaults. */
export async function startFeedbackApp(env: Record<string, string>): Promise<FeedbackApp> {
  const connector = await FakeConnector.start({ conversationLimits: [] });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
    RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const composition = await composeApplication(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  const { url } = await composition.app.start();
  let stopped = false;

  const send = async (activity: Record<string, unknown>, conversationId: string) => {
    const before = connector.messages(conversationId).length;
    const status = await postActivity(url, activity);
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    return connector.messages(conversationId).slice(before);
  };
  const activity = (text: string | undefined, o: SendOptions, value?: Record<string, unknown>) => {
    const user = o.user ?? KARI;
    const conversationId = o.conversationId ?? `a:${user.userId}`;
    return {
      conversationId,
      activity: {
        ...createMessageActivity(text, {
          serviceUrl: connector.serviceUrl,
          conversationId,
          userId: user.userId,
          aadObjectId: user.aadObjectId,
          locale: o.locale,
          value,
        }),
        ...(o.replyToId ? { replyToId: o.replyToId } : {}),
      },
    };
  };

  return {
    url,
    connector,
    composition,
    config,
    pseudonymize: createPseudonymizer(TEST_PSEUDONYM_SECRET),
    say: (text, o = {}) => {
      const a = activity(text, o);
      return send(a.activity, a.conversationId);
    },
    submit: (value, o = {}) => {
      const a = activity(undefined, o, value);
      return send(a.activity, a.conversationId);
    },
    entries: () => composition.data.feedback.list(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await composition.app.stop();
      await connector.close();
    },
  };
}

/** Runs `npm run --silent feedback:export -- --format jsonl` against a store and parses its lines. */
export async function exportFeedback(env: Record<string, string>): Promise<Record<string, unknown>[]> {
  const { stdout } = await run('npm', ['run', '--silent', 'feedback:export', '--', '--format', 'jsonl'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', MONGODB_URI: '', ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A text as the bot reads a Teams message: markup and its own @mention removed, white space collapsed. */
export function asTheBotReadsIt(text: string): string {
  return messageText({ activity: { text, recipient: { id: '28:bot' } } } as unknown as TurnContext);
}

/** The adaptive card of a received message. */
export function cardOf(message: ReceivedMessage | undefined): Record<string, unknown> {
  const attachments = message?.activity?.attachments as { content: Record<string, unknown> }[] | undefined;
  const content = attachments?.[0]?.content;
  if (!content) throw new Error(`no card in ${JSON.stringify(message?.activity)}`);
  return content;
}

/** The data of the Action.Submit button with this title anywhere on a card. */
export function buttonData(card: unknown, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (!found && o.type === 'Action.Submit' && o.title === title)
        found = o.data as Record<string, unknown>;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`no "${title}" button on ${JSON.stringify(card)}`);
  return found;
}
