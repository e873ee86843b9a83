import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import { BroadcastEngine } from '../../src/broadcast/broadcast-engine';
import { TeamsMessenger } from '../../src/broadcast/teams-messenger';
import { createRepositories, IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { FakeConnector, type FaultRule } from '../support/fake-connector';

const logger = pino({ level: 'silent' });

/** Engine + real botbuilder messenger + fake connector + the real embedded store: the whole path but Teams. */
describe('broadcast on the embedded store through botbuilder and the fake connector', () => {
  let data: DataLayer;
  let connector: FakeConnector;
  let engine: BroadcastEngine;

  async function setUp(recipients: number, faults: FaultRule[] = []) {
    connector = await FakeConnector.start({ globalLimit: { ratePerSecond: 150 }, faults });
    data = await createRepositories(
      {
        MONGODB_URI: undefined,
        MONGODB_DB: 'unused',
        MONGODB_TIMEOUT_MS: 1500,
        DATA_DIR: IN_MEMORY_DATA_DIR,
      },
      logger,
    );
    const ids: string[] = [];
    for (let i = 0; i < recipients; i += 1) {
      const id = `a:user-${String(i).padStart(4, '0')}`;
      ids.push(id);
      await data.installations.upsert({
        conversationId: id,
        conversationType: 'personal',
        serviceUrl: connector.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.serviceUrl,
          conversation: { id },
          bot: { id: '28:b' },
        },
      });
    }
    engine = new BroadcastEngine({
      repositories: data,
      messenger: new TeamsMessenger(
        new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
        '',
        logger,
      ),
      logger,
      options: {
        ratePerSecond: 150,
        concurrency: 16,
        baseBackoffMs: 50,
        maxBackoffMs: 2000,
        maxAttempts: 8,
        refreshMs: 100,
      },
    });
    const announcement = await data.announcements.create({
      content: { title: 'Til alle', text: 'Hei', links: [], importance: 'normal' },
      audience: { kind: 'personal' },
      authorPseudonym: 'p',
    });
    return { ids, announcement };
  }

  afterEach(async () => {
    await engine.stop();
    await connector.close();
    await data.close();
  });

  it('delivers to 300 recipients exactly once despite the limits and 10 % transient errors', async () => {
    const { ids, announcement } = await setUp(300, [
      { status: 503, rate: 0.07 },
      { status: 429, rate: 0.03, retryAfter: '1' },
    ]);
    await engine.start(announcement.id);
    await engine.whenIdle();
    for (const id of ids) expect(connector.messages(id)).toHaveLength(1);
    expect(await data.deliveries.counts(announcement.id)).toMatchObject({
      total: 300,
      sent: 300,
      failed: 0,
      pending: 0,
    });
    const stats = connector.stats();
    expect(stats.faulted).toBeGreaterThan(10);
    expect(stats.requests).toBe(300 + stats.faulted + stats.throttled);
    expect((await data.announcements.get(announcement.id))?.status).toBe('sent');
  });

  it('edits and then recalls the message in every conversation, and counts each acknowledgement once', async () => {
    const { ids, announcement } = await setUp(40);
    await engine.start(announcement.id);
    await engine.whenIdle();
    const first = ids[0] as string;
    expect((await engine.acknowledge(announcement.id, first)).recorded).toBe(true);
    expect((await engine.acknowledge(announcement.id, first)).recorded).toBe(false);
    expect((await engine.counts(announcement.id)).acknowledged).toBe(1);

    await engine.edit(announcement.id, { ...announcement.content, title: 'Rettet' });
    await engine.whenIdle();
    for (const id of ids) {
      const [message] = connector.messages(id);
      expect(message?.updates).toBe(1);
      expect(JSON.stringify(message?.activity)).toContain('Rettet');
    }
    expect((await data.announcements.get(announcement.id))?.pendingOperation).toBeUndefined();

    await engine.recall(announcement.id);
    await engine.whenIdle();
    for (const id of ids) expect(connector.messages(id)[0]?.deleted).toBe(true);
    expect(await data.announcements.get(announcement.id)).toMatchObject({ status: 'recalled' });
    expect((await data.announcements.get(announcement.id))?.pendingOperation).toBeUndefined();
  });

  it('marks a blocked recipient failed and deactivates it, and a cancelled sending leaves no one pending', async () => {
    const { ids, announcement } = await setUp(60, [{ status: 403, conversationIds: ['a:user-0000'] }]);
    await engine.start(announcement.id);
    await engine.whenIdle();
    expect(await data.deliveries.get(announcement.id, ids[0] as string)).toMatchObject({ status: 'failed' });
    expect((await data.installations.get(ids[0] as string))?.active).toBe(false);

    const second = await data.announcements.create({
      content: { title: 'Nummer to', text: 'Hei', links: [], importance: 'normal' },
      audience: { kind: 'personal' },
      authorPseudonym: 'p',
    });
    await engine.start(second.id);
    await engine.cancel(second.id);
    await engine.whenIdle();
    const counts = await data.deliveries.counts(second.id);
    expect(counts.pending).toBe(0);
    expect(counts.total).toBe(59);
    expect((await data.announcements.get(second.id))?.status).toBe('cancelled');
  });
});
