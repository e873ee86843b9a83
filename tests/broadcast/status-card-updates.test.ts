import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import { createBroadcastEngine } from '../../src/broadcast/create-broadcast-engine';
import { RateLimiter } from '../../src/broadcast/rate-limiter';
import { StatusCardUpdates } from '../../src/broadcast/status-card-updates';
import { loadConfig } from '../../src/config';
import { FakeConnector } from '../support/fake-connector';
import { createInMemoryBroadcastStore } from '../support/in-memory-broadcast-store';
import { ScriptedMessenger } from '../support/scripted-messenger';

const logger = pino({ level: 'silent' });
const RECIPIENTS = Array.from({ length: 20 }, (_, i) => `a:u${i}`);

/** A sent announcement with its status card in the author's chat, and a status card updater over it. */
async function sentAnnouncement(options: { statusActivityId?: string; conversationLimitMs?: number } = {}) {
  const store = createInMemoryBroadcastStore();
  await store.installations.upsert({
    conversationId: 'a:author',
    conversationType: 'personal',
    serviceUrl: 'https://smba.example/',
    reference: { conversation: { id: 'a:author' } },
  });
  const announcement = await store.announcements.create({
    content: { title: 'Nedetid', text: 'Tekst', links: [], importance: 'normal' },
    audience: { kind: 'personal' },
    authorPseudonym: 'p',
    authorConversationId: 'a:author',
    statusActivityId: 'statusActivityId' in options ? options.statusActivityId : 'status-1',
  });
  await store.deliveries.createPending(announcement.id, RECIPIENTS);
  for (const id of RECIPIENTS) await store.deliveries.markSent(announcement.id, id, `m-${id}`, 1);
  const messenger = new ScriptedMessenger();
  // One update per conversation every `conversationLimitMs`: slow enough that changes pile up meanwhile.
  const budget = new RateLimiter({
    ratePerSecond: 1000,
    conversationLimits: [{ limit: 1, windowMs: options.conversationLimitMs ?? 1 }],
  });
  const statusCards = new StatusCardUpdates({ messenger, budget, repositories: store, logger });
  const acknowledgedShown = (): string[] =>
    messenger
      .callsOf('update', 'a:author')
      .map((c) => /"Bekreftet lest","value":"(\d+)/.exec(JSON.stringify(c.activity))?.[1] ?? '?');
  return { store, announcement, messenger, statusCards, acknowledgedShown };
}

describe("the author's status card", () => {
  it('is updated in place with the counts in the store', async () => {
    const { announcement, messenger, statusCards } = await sentAnnouncement();
    await statusCards.changed(announcement.id);
    const [update] = messenger.callsOf('update', 'a:author');
    expect(update?.activityId).toBe('status-1');
    expect(JSON.stringify(update?.activity)).toContain('"title":"Sendt","value":"20"');
    // Nothing changed since: no second request.
    await statusCards.changed(announcement.id);
    expect(messenger.callsOf('update')).toHaveLength(1);
  });

  it('is left alone when the bot did not record where the status card is', async () => {
    const { announcement, messenger, statusCards } = await sentAnnouncement({ statusActivityId: undefined });
    await statusCards.changed(announcement.id);
    expect(messenger.calls).toEqual([]);
  });

  it('coalesces acknowledgements that come faster than its turns, and ends with the final count', async () => {
    const { store, announcement, messenger, statusCards, acknowledgedShown } = await sentAnnouncement({
      conversationLimitMs: 1000,
    });
    for (const id of RECIPIENTS) {
      await store.deliveries.acknowledge(announcement.id, id, new Date());
      void statusCards.changed(announcement.id);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await statusCards.settled();
    const shown = acknowledgedShown();
    expect(shown.length).toBeLessThan(RECIPIENTS.length / 2);
    expect(shown[shown.length - 1]).toBe(String(RECIPIENTS.length));
    expect(messenger.callsOf('update', 'a:author').every((c) => c.activityId === 'status-1')).toBe(true);
  });

  it('reads the state again after each update, so a change made while it went out is shown too', async () => {
    const { store, announcement, messenger, statusCards, acknowledgedShown } = await sentAnnouncement();
    const update = messenger.update.bind(messenger);
    let acknowledgedDuringUpdate = false;
    jest.spyOn(messenger, 'update').mockImplementation(async (...args) => {
      await update(...args);
      // As when another instance records "Bekreft lest" (and shows it) while this update is on its way.
      if (!acknowledgedDuringUpdate) {
        acknowledgedDuringUpdate = true;
        await store.deliveries.acknowledge(announcement.id, 'a:u3', new Date());
      }
    });
    await statusCards.changed(announcement.id);
    expect(acknowledgedShown()).toEqual(['0', '1']);
  });

  it('follows a whole broadcast when the engine is built from the configuration', async () => {
    const connector = await FakeConnector.start();
    try {
      const store = createInMemoryBroadcastStore();
      const reference = (id: string) => ({
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id },
        bot: { id: '28:b' },
      });
      for (const id of ['a:author', 'a:u1', 'a:u2']) {
        await store.installations.upsert({
          conversationId: id,
          conversationType: 'personal',
          serviceUrl: connector.serviceUrl,
          reference: reference(id),
        });
      }
      const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
      const { engine, statusCards } = createBroadcastEngine({
        adapter,
        config: loadConfig({ NODE_ENV: 'test' }),
        repositories: store,
        logger,
      });
      // The bot posts the status card first and records where it is.
      const posted = await fetch(new URL('/v3/conversations/a%3Aauthor/activities', connector.serviceUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'status' }),
      });
      const { id: statusActivityId } = (await posted.json()) as { id: string };
      const created = await store.announcements.create({
        content: { title: 'Til alle', text: 'Hei', links: [], importance: 'normal' },
        audience: { kind: 'personal' },
        authorPseudonym: 'p',
        authorConversationId: 'a:author',
        statusActivityId,
      });
      await engine.start(created.id);
      await engine.whenIdle();
      await engine.stop();
      await statusCards.stop();
      const status = connector.message(statusActivityId);
      expect(status?.updates).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(status?.activity)).toContain('Sendt ferdig');
      expect(connector.messages('a:u1')).toHaveLength(1);
    } finally {
      await connector.close();
    }
  });
});
