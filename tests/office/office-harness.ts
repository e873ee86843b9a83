import type { App } from '../../src/app';
import { composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { createLogger } from '../../src/logger';
import { createPseudonymizer } from '../../src/privacy/pseudonym';
import { type InvokeBody, postAcceptedActivity, teamsActivityBase } from '../support/bot-activity';
import { actionsOf, textOf } from '../support/card-content';
import { FakeConnector, type ReceivedMessage } from '../support/fake-connector';
import { personalChat, type TestConversation, type TestUser } from '../support/teams-people';

/** The project-office channel's conversation id in the tests. */
export const OFFICE_CHANNEL = '19:prosjektkontoret@thread.tacv2';
/** The project office's team (its General channel id) in the tests. */
export const OFFICE_TEAM = '19:prosjektkontor-team@thread.tacv2';
export const TENANT = '11111111-2222-3333-4444-555555555555';

/** Someone asking the bot in their personal chat. */
export const ASKER: TestUser = {
  id: '29:asker',
  name: 'Ola Nordmann',
  aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001',
};
/** A member of the project office (listed in PROJECT_OFFICE_MEMBERS). */
export const OFFICER: TestUser = {
  id: '29:officer',
  name: 'Kari Prosjektkontor',
  aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002',
};
/** Someone in the office channel who is not in the project office. */
export const OUTSIDER: TestUser = {
  id: '29:outsider',
  name: 'Per Utenfor',
  aadObjectId: 'cccccccc-0000-0000-0000-000000000003',
};

/** The asker's personal chat with the bot. */
export const askerChat = (user: TestUser = ASKER): TestConversation => personalChat(user);
/** A thread in the office channel (Teams puts `;messageid=` on the channel id for replies and card actions). */
export const officeThread = (rootId: string): TestConversation => ({
  id: `${OFFICE_CHANNEL};messageid=${rootId}`,
  conversationType: 'channel',
});

/** The shared card readers and invoke body, so the office tests take all their helpers from this harness. */
export { actionsOf, textOf, type InvokeBody };

/** The bot running over HTTP with the project-office feature, a fake Bot Connector and an in-memory store. */
export interface OfficeHarness {
  app: App;
  url: string;
  connector: FakeConnector;
  data: DataLayer;
  pseudonymize: (id: string) => string;
  /** A user types a message. */
  say(conversation: TestConversation, user: TestUser, text: string): Promise<void>;
  /** A user clicks an Action.Submit button with this data. */
  submit(conversation: TestConversation, user: TestUser, value: Record<string, unknown>): Promise<void>;
  /** A user clicks an Action.Execute button; resolves with the invoke response body. */
  execute(
    conversation: TestConversation,
    user: TestUser,
    verb: string,
    data: Record<string, unknown>,
    replyToId?: string,
  ): Promise<InvokeBody>;
  close(): Promise<void>;
}

/** Options of startOfficeHarness. */
export interface OfficeHarnessOptions {
  /** Configure PROJECT_OFFICE_CHANNEL and PROJECT_OFFICE_SERVICE_URL (default true); false: choose it in Teams. */
  configuredChannel?: boolean;
  env?: Record<string, string>;
}

/** Starts the real app in-process, composed as src/index.ts composes it. */
export async function startOfficeHarness(options: OfficeHarnessOptions = {}): Promise<OfficeHarness> {
  const connector = await FakeConnector.start({ conversationLimits: [] });
  const configuredChannel = options.configuredChannel ?? true;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: IN_MEMORY_DATA_DIR,
    PSEUDONYM_SECRET: 'office-tests-pseudonym-secret',
    PROJECT_OFFICE_MEMBERS: OFFICER.aadObjectId,
    ...(configuredChannel
      ? { PROJECT_OFFICE_CHANNEL: OFFICE_CHANNEL, PROJECT_OFFICE_SERVICE_URL: connector.serviceUrl }
      : {}),
    ...options.env,
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  // The same composition as src/index.ts: every feature, the store, the pseudonymizer.
  const { app, data } = await composeApplication(config, logger);
  const pseudonymize = createPseudonymizer(config.PSEUDONYM_SECRET ?? '');
  const { url } = await app.start();

  const post = (activity: Record<string, unknown>) => postAcceptedActivity(url, activity);
  const base = (conversation: TestConversation, user: TestUser) =>
    teamsActivityBase({
      serviceUrl: connector.serviceUrl,
      tenantId: TENANT,
      user,
      conversation,
      team: { id: OFFICE_TEAM },
    });

  return {
    app,
    url,
    connector,
    data,
    pseudonymize,
    say: async (conversation, user, text) => {
      await post({ ...base(conversation, user), type: 'message', text });
    },
    submit: async (conversation, user, value) => {
      await post({ ...base(conversation, user), type: 'message', value });
    },
    execute: async (conversation, user, verb, dataValue, replyToId) => {
      const response = await post({
        ...base(conversation, user),
        type: 'invoke',
        name: 'adaptiveCard/action',
        ...(replyToId ? { replyToId } : {}),
        value: { action: { type: 'Action.Execute', verb, data: dataValue }, trigger: 'manual' },
      });
      return (await response.json()) as InvokeBody;
    },
    close: async () => {
      await app.stop();
      await connector.close();
    },
  };
}

/** The Adaptive Card of a message the bot sent. */
export function cardOf(message: ReceivedMessage | undefined): Record<string, unknown> {
  const attachments = message?.activity?.attachments as { content?: Record<string, unknown> }[] | undefined;
  const content = attachments?.[0]?.content;
  if (!content) throw new Error(`no card in ${JSON.stringify(message?.activity ?? null).slice(0, 300)}`);
  return content;
}

/** The Adaptive Card in an invoke response (fails when Teams would get a message instead). */
export function invokeCard(body: InvokeBody): Record<string, unknown> {
  if (body.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected a card, got ${body.type}: ${JSON.stringify(body.value)}`);
  }
  return body.value as Record<string, unknown>;
}
