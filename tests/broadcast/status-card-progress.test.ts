import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import { createBroadcastEngine } from '../../src/broadcast/create-broadcast-engine';
import { createStatusCardProgress } from '../../src/broadcast/status-card-progress';
import { loadConfig } from '../../src/config';
import type { Announcement } from '../../src/model/announcement';
import { FakeConnector } from '../support/fake-connector';
import { createInMemoryBroadcastStore } from '../support/in-memory-broadcast-store';
import { ScriptedMessenger } from '../support/scripted-messenger';

const logger = pino({ level: 'silent' });

describe("the author's status card", () => {
  const announcement: Announcement = {
    id: 'a1',
    content: { title: 'Nedetid', text: 'Tekst', links: [], importance: 'normal' },
    audience: { kind: 'all' },
    status: 'sending',
    authorPseudonym: 'p',
    authorConversationId: 'a:author',
    statusActivityId: 'status-1',
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  const counts = { total: 10, pending: 4, sent: 5, failed: 1, acknowledged: 2, notUpdated: 0, notRemoved: 0 };

  it('is updated in place with the current counts', async () => {
    const store = createInMemoryBroadcastStore();
    await store.installations.upsert({
      conversationId: 'a:author',
      conversationType: 'personal',
      serviceUrl: 'https://smba.example/',
      reference: { conversation: { id: 'a:author' } },
    });
    const messenger = new ScriptedMessenger();
    const progress = createStatusCardProgress({ messenger, installations: store.installations, logger });
    await progress({ announcement, counts, final: false });
    const [update] = messenger.callsOf('update', 'a:author');
    expect(update?.activityId).toBe('status-1');
    expect(JSON.stringify(update?.activity)).toContain('"title":"Sendt","value":"5"');
  });

  it('is left alone when the bot did not record where the status card is', async () => {
    const store = createInMemoryBroadcastStore();
    const messenger = new ScriptedMessenger();
    const progress = createStatusCardProgress({ messenger, installations: store.installations, logger });
    await progress({ announcement: { ...announcement, statusActivityId: undefined }, counts, final: true });
    await progress({ announcement, counts, final: true });
    expect(messenger.calls).toEqual([]);
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
      const engine = createBroadcastEngine({
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
      const status = connector.message(statusActivityId);
      expect(status?.updates).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(status?.activity)).toContain('Sendt ferdig');
      expect(connector.messages('a:u1')).toHaveLength(1);
    } finally {
      await connector.close();
    }
  });
});
