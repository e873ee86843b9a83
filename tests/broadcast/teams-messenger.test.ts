import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import { MessengerError } from '../../src/broadcast/messenger-error';
import { TeamsMessenger } from '../../src/broadcast/teams-messenger';
import { FakeConnector } from '../support/fake-connector';

const logger = pino({ level: 'silent' });

function reference(connector: FakeConnector, conversationId: string): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 't1' },
    bot: { id: '28:bot', name: 'Helseplattformen' },
    user: { id: '29:user', aadObjectId: 'aad-1' },
  };
}

function newMessenger(): TeamsMessenger {
  // No app id: botbuilder does not authenticate, as for local use; the HTTP path is the production one.
  return new TeamsMessenger(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '', logger);
}

describe('Teams messenger (botbuilder CloudAdapter)', () => {
  let connector: FakeConnector;
  afterEach(async () => connector.close());

  it('sends, updates and deletes a proactive message in the conversation of a stored reference', async () => {
    connector = await FakeConnector.start();
    const messenger = newMessenger();
    const { activityId } = await messenger.send(reference(connector, 'a:user-1'), {
      type: 'message',
      text: 'Kunngjøring',
    });
    expect(activityId).toBeDefined();
    await messenger.update(reference(connector, 'a:user-1'), activityId as string, {
      type: 'message',
      text: 'Rettet',
    });
    expect(connector.messages('a:user-1')).toEqual([
      expect.objectContaining({
        activityId,
        updates: 1,
        activity: expect.objectContaining({ text: 'Rettet' }),
      }),
    ]);
    await messenger.delete(reference(connector, 'a:user-1'), activityId as string);
    expect(connector.message(activityId as string)?.deleted).toBe(true);
  });

  it("makes exactly one HTTP request per call, so botbuilder's own retries do not multiply the engine's", async () => {
    connector = await FakeConnector.start({
      faults: [
        { status: 503, conversationIds: ['down'] },
        { status: 429, retryAfter: '3', conversationIds: ['busy'] },
      ],
    });
    const messenger = newMessenger();
    const failure = await messenger
      .send(reference(connector, 'down'), { type: 'message' })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MessengerError);
    expect(failure).toMatchObject({ status: 503 });
    const throttled = await messenger
      .send(reference(connector, 'busy'), { type: 'message' })
      .catch((e: unknown) => e);
    expect(throttled).toMatchObject({ status: 429, retryAfter: '3' });
    expect(connector.stats().requests).toBe(2);
  });

  it("throws Teams' answer even when the adapter's onTurnError handles every error of a turn", async () => {
    connector = await FakeConnector.start({
      faults: [
        { status: 404, conversationIds: ['gone'] },
        { status: 501, operations: ['delete'] },
      ],
    });
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const handled: unknown[] = [];
    // Like the app's own turn error handler: logs, tells the user, and does not rethrow.
    adapter.onTurnError = async (_context, error) => {
      handled.push(error);
    };
    const messenger = new TeamsMessenger(adapter, '', logger);
    await expect(messenger.send(reference(connector, 'gone'), { type: 'message' })).rejects.toMatchObject({
      name: 'MessengerError',
      status: 404,
    });
    const { activityId } = await messenger.send(reference(connector, 'here'), { type: 'message' });
    await expect(messenger.delete(reference(connector, 'here'), activityId as string)).rejects.toMatchObject({
      status: 501,
    });
    expect(connector.message(activityId as string)?.deleted).toBe(false);
  });

  it('reports a connector that cannot be reached as a network error (no status) for the engine to retry', async () => {
    connector = await FakeConnector.start();
    const messenger = newMessenger();
    const ref = { ...reference(connector, 'x'), serviceUrl: 'http://127.0.0.1:9/' };
    await expect(messenger.send(ref, { type: 'message' })).rejects.toMatchObject({
      name: 'MessengerError',
      status: undefined,
    });
  });
});
