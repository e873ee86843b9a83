import pino from 'pino';
import { BroadcastEngine, type BroadcastProgress } from '../../src/broadcast/broadcast-engine';
import type { BroadcastOptions } from '../../src/broadcast/broadcast-options';
import type { ConversationType, Delivery, LeaseRepository } from '../../src/data/repositories';
import type { AnnouncementContent, Audience } from '../../src/model/announcement';
import { createInMemoryBroadcastStore } from '../support/in-memory-broadcast-store';
import { ScriptedMessenger } from '../support/scripted-messenger';

const logger = pino({ level: 'silent' });
const content: AnnouncementContent = {
  title: 'Nedetid fredag',
  text: 'Helseplattformen er nede fredag kl. 16–18.',
  links: [{ title: 'Les mer', url: 'https://example.org/nedetid' }],
  importance: 'normal',
};
const FAST: Partial<BroadcastOptions> = {
  ratePerSecond: 1000,
  concurrency: 8,
  leaseMs: 2000,
  baseBackoffMs: 10,
  maxBackoffMs: 40,
  refreshMs: 20,
  progressIntervalMs: 50,
  tickMs: 50,
  pageSize: 7,
};

type Store = ReturnType<typeof createInMemoryBroadcastStore>;

const conversationId = (prefix: string, i: number): string => `${prefix}${String(i).padStart(5, '0')}`;

async function seed(
  store: Store,
  count: number,
  type: ConversationType = 'personal',
  prefix = 'a:user-',
  teamId?: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = conversationId(prefix, i);
    ids.push(id);
    await store.installations.upsert({
      conversationId: id,
      conversationType: type,
      serviceUrl: 'https://smba.example/',
      teamId,
      reference: { channelId: 'msteams', serviceUrl: 'https://smba.example/', conversation: { id } },
    });
  }
  return ids;
}

function newAnnouncement(store: Store, audience: Audience = { kind: 'all' }) {
  return store.announcements.create({ content, audience, authorPseudonym: 'forfatter' });
}

function newEngine(
  store: Store,
  messenger: ScriptedMessenger,
  options: Partial<BroadcastOptions> = {},
  extra: { onProgress?: (p: BroadcastProgress) => void; leases?: LeaseRepository; workerId?: string } = {},
) {
  return new BroadcastEngine({
    repositories: { ...store, leases: extra.leases ?? store.leases },
    messenger,
    logger,
    options: { ...FAST, ...options },
    onProgress: extra.onProgress,
    workerId: extra.workerId,
  });
}

async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('broadcast engine', () => {
  let engines: BroadcastEngine[] = [];
  const track = (engine: BroadcastEngine): BroadcastEngine => {
    engines.push(engine);
    return engine;
  };
  afterEach(async () => {
    await Promise.all(engines.map((e) => e.stop()));
    engines = [];
  });

  it('sends the announcement exactly once to every active recipient and marks it sent', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 50);
    const inactive = await seed(store, 3, 'personal', 'a:gone-');
    for (const id of inactive) await store.installations.deactivate(id);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);

    await engine.start(announcement.id);
    await engine.whenIdle();

    for (const id of ids) expect(messenger.deliveredCount(id)).toBe(1);
    for (const id of inactive) expect(messenger.deliveredCount(id)).toBe(0);
    expect(await engine.counts(announcement.id)).toEqual({
      total: 50,
      pending: 0,
      sent: 50,
      failed: 0,
      acknowledged: 0,
      notUpdated: 0,
      notRemoved: 0,
    });
    const done = await store.announcements.get(announcement.id);
    expect(done?.status).toBe('sent');
    expect(done?.sentAt).toBeInstanceOf(Date);
    const delivery = await store.deliveries.get(announcement.id, ids[0] as string);
    expect(delivery).toMatchObject({
      status: 'sent',
      sentVersion: 1,
      activityId: expect.stringMatching(/^act-/),
    });
    expect(store.leases.items.size).toBe(0);
  });

  it('sends the announcement card with a "Bekreft lest" button carrying the announcement id', async () => {
    const store = createInMemoryBroadcastStore();
    const [id] = await seed(store, 1);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    const activity = messenger.callsOf('send', id)[0]?.activity as {
      attachments: { content: { actions: unknown[] } }[];
      summary: string;
    };
    expect(activity.summary).toBe(content.title);
    expect(activity.attachments[0]?.content.actions).toContainEqual(
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'announcement.ack',
        data: { announcementId: announcement.id },
      }),
    );
  });

  it('sends a personal announcement to personal chats only, and a teams announcement to the channels of those teams', async () => {
    const store = createInMemoryBroadcastStore();
    const personal = await seed(store, 4, 'personal', 'a:user-');
    const teamA = await seed(store, 2, 'channel', '19:team-a-', 'team-a');
    const teamB = await seed(store, 2, 'channel', '19:team-b-', 'team-b');
    const groups = await seed(store, 2, 'groupChat', '19:group-');
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));

    const toPersonal = await newAnnouncement(store, { kind: 'personal' });
    await engine.start(toPersonal.id);
    await engine.whenIdle();
    expect(new Set(messenger.callsOf('send').map((c) => c.conversationId))).toEqual(new Set(personal));

    messenger.calls.length = 0;
    const toTeamA = await newAnnouncement(store, { kind: 'teams', teamIds: ['team-a'] });
    await engine.start(toTeamA.id);
    await engine.whenIdle();
    expect(new Set(messenger.callsOf('send').map((c) => c.conversationId))).toEqual(new Set(teamA));

    messenger.calls.length = 0;
    const toAll = await newAnnouncement(store, { kind: 'all' });
    await engine.start(toAll.id);
    await engine.whenIdle();
    expect(messenger.callsOf('send')).toHaveLength(
      personal.length + teamA.length + teamB.length + groups.length,
    );
  });

  it('retries transient errors (412, 502, 503, 504, network) and then delivers exactly once', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 5);
    const messenger = new ScriptedMessenger();
    messenger.failNext(ids[0] as string, 503, 502);
    messenger.failNext(ids[1] as string, 504);
    messenger.failNext(ids[2] as string, 412);
    messenger.failNext(ids[3] as string, 'network');
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    for (const id of ids) expect(messenger.deliveredCount(id)).toBe(1);
    expect(messenger.callsOf('send', ids[0])).toHaveLength(3);
    expect((await engine.counts(announcement.id)).sent).toBe(5);
  });

  it('waits as long as Retry-After says after a 429 before trying that recipient again', async () => {
    const store = createInMemoryBroadcastStore();
    const [id] = await seed(store, 1);
    const messenger = new ScriptedMessenger();
    messenger.failNext(id as string, { status: 429, retryAfter: '1' });
    const engine = track(newEngine(store, messenger, { maxBackoffMs: 1000 }));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    const [first, second] = messenger.callsOf('send', id);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(messenger.deliveredCount(id as string)).toBe(1);
  });

  it('marks 403 and 404 recipients failed with the reason and deactivates them; other 4xx fail without deactivating', async () => {
    const store = createInMemoryBroadcastStore();
    const [blocked, gone, bad, fine] = await seed(store, 4);
    const messenger = new ScriptedMessenger();
    messenger.failNext(blocked as string, 403);
    messenger.failNext(gone as string, 404);
    messenger.failNext(bad as string, 400);
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();

    expect(await store.deliveries.get(announcement.id, blocked as string)).toMatchObject({
      status: 'failed',
      failureReason: 'bot_removed',
    });
    expect(await store.deliveries.get(announcement.id, gone as string)).toMatchObject({
      status: 'failed',
      failureReason: 'conversation_not_found',
    });
    expect(await store.deliveries.get(announcement.id, bad as string)).toMatchObject({
      status: 'failed',
      failureReason: 'rejected',
    });
    expect((await store.installations.get(blocked as string))?.active).toBe(false);
    expect((await store.installations.get(gone as string))?.active).toBe(false);
    expect((await store.installations.get(bad as string))?.active).toBe(true);
    expect(messenger.callsOf('send', blocked)).toHaveLength(1);
    expect(messenger.deliveredCount(fine as string)).toBe(1);
    expect((await store.announcements.get(announcement.id))?.status).toBe('sent');
  });

  it('gives up on a recipient after the configured number of attempts and records why', async () => {
    const store = createInMemoryBroadcastStore();
    const [id] = await seed(store, 1);
    const messenger = new ScriptedMessenger();
    messenger.failNext(id as string, 503, 503, 503, 503);
    const engine = track(newEngine(store, messenger, { maxAttempts: 3 }));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    expect(messenger.callsOf('send', id)).toHaveLength(3);
    expect(await store.deliveries.get(announcement.id, id as string)).toMatchObject({
      status: 'failed',
      failureReason: 'gave_up',
    });
    expect((await store.installations.get(id as string))?.active).toBe(true);
  });

  it('stops sending when cancelled and marks everyone not reached as failed with reason code "cancelled"', async () => {
    const store = createInMemoryBroadcastStore();
    await seed(store, 100);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger, { ratePerSecond: 40 }));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await waitUntil(() => messenger.callsOf('send').length >= 10);

    await engine.cancel(announcement.id);
    const sentAtCancel = messenger.callsOf('send').length;
    await engine.whenIdle();

    const counts = await engine.counts(announcement.id);
    expect(counts.pending).toBe(0);
    expect(counts.sent + counts.failed).toBe(100);
    expect(counts.sent).toBeLessThan(40);
    // Only requests already under way (at most `concurrency`) may finish after the cancel.
    expect(messenger.callsOf('send').length - sentAtCancel).toBeLessThanOrEqual(FAST.concurrency as number);
    const failed = [...store.deliveries.items.values()].filter((d) => d.status === 'failed');
    expect(failed.every((d) => d.failureReason === 'cancelled')).toBe(true);
    expect((await store.announcements.get(announcement.id))?.status).toBe('cancelled');
  });

  it('updates every message already sent when the announcement is edited, and records the new version', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 20);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();

    const edited = await engine.edit(announcement.id, { ...content, title: 'Nedetid flyttet til lørdag' });
    expect(edited.version).toBe(2);
    await engine.whenIdle();

    const updates = messenger.callsOf('update');
    expect(updates).toHaveLength(20);
    const sentIds = new Map(messenger.callsOf('send').map((c) => [c.conversationId, c.activityId]));
    for (const u of updates) expect(u.activityId).toBe(sentIds.get(u.conversationId));
    expect(JSON.stringify(updates[0]?.activity)).toContain('Nedetid flyttet til lørdag');
    for (const id of ids) expect((await store.deliveries.get(announcement.id, id))?.sentVersion).toBe(2);
    const after = await store.announcements.get(announcement.id);
    expect(after?.pendingOperation).toBeUndefined();
    expect(after?.status).toBe('sent');
    expect(messenger.callsOf('send')).toHaveLength(20);
  });

  it('leaves everyone with the newest version when the announcement is edited while it is being sent', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 60);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger, { ratePerSecond: 100 }));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await waitUntil(() => messenger.callsOf('send').length >= 15);
    await engine.edit(announcement.id, { ...content, title: 'Rettet tittel' });
    await engine.whenIdle();

    for (const id of ids) {
      expect(messenger.deliveredCount(id)).toBe(1);
      expect((await store.deliveries.get(announcement.id, id))?.sentVersion).toBe(2);
      const last = messenger.calls.filter((c) => c.conversationId === id && c.operation !== 'delete').pop();
      expect(JSON.stringify(last?.activity)).toContain('Rettet tittel');
    }
    expect(messenger.callsOf('update').length).toBeGreaterThan(0);
    expect(messenger.callsOf('update').length).toBeLessThan(60);
  });

  it('recalls: deletes the message in every conversation it reached and stops a sending under way', async () => {
    const store = createInMemoryBroadcastStore();
    await seed(store, 80);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger, { ratePerSecond: 100 }));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await waitUntil(() => messenger.callsOf('send').length >= 20);

    const recalled = await engine.recall(announcement.id);
    expect(recalled.status).toBe('recalled');
    await engine.whenIdle();

    const sends = messenger.callsOf('send').filter((c) => c.activityId !== undefined);
    const deleted = new Set(messenger.callsOf('delete').map((c) => c.activityId));
    expect(sends.length).toBeLessThan(80);
    for (const s of sends) expect(deleted.has(s.activityId)).toBe(true);
    expect(messenger.callsOf('delete')).toHaveLength(sends.length);
    const counts = await engine.counts(announcement.id);
    expect(counts.pending).toBe(0);
    expect(counts.failed).toBe(80 - sends.length);
    const after = await store.announcements.get(announcement.id);
    expect(after).toMatchObject({ status: 'recalled' });
    expect(after?.pendingOperation).toBeUndefined();
  });

  it('a recall that cannot remove a message says so on that delivery; one already gone (404) counts as removed', async () => {
    const store = createInMemoryBroadcastStore();
    const [kept, gone, removed] = await seed(store, 3);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger, { maxAttempts: 2 }));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    expect((await engine.counts(announcement.id)).sent).toBe(3);

    messenger.failNext(kept as string, 403);
    messenger.failNext(gone as string, 404);
    await engine.recall(announcement.id);
    await engine.whenIdle();

    expect(await store.deliveries.get(announcement.id, kept as string)).toMatchObject({
      status: 'sent',
      failureReason: 'not_removed',
    });
    for (const id of [gone, removed] as string[]) {
      const delivery = await store.deliveries.get(announcement.id, id);
      expect(delivery?.failureReason).toBeUndefined();
      expect(delivery?.sentVersion).toBe(2);
    }
    expect((await store.announcements.get(announcement.id))?.pendingOperation).toBeUndefined();
  });

  it('records one acknowledgement per recipient however often the button is pressed, and answers with "Lest ✓"', async () => {
    const store = createInMemoryBroadcastStore();
    const [id] = await seed(store, 2);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();

    const first = await engine.acknowledge(announcement.id, id as string);
    const again = await engine.acknowledge(announcement.id, id as string);
    expect(first.recorded).toBe(true);
    expect(again.recorded).toBe(false);
    expect(JSON.stringify(first.card)).toContain('Lest ✓');
    expect(JSON.stringify(first.card)).not.toContain('Bekreft lest');
    expect((await engine.counts(announcement.id)).acknowledged).toBe(1);
    await expect(engine.acknowledge('no-such-announcement', id as string)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('counts a "Bekreft lest" pressed in a channel post for that channel (the thread suffix of the id is ignored)', async () => {
    const store = createInMemoryBroadcastStore();
    const [channel] = await seed(store, 1, 'channel', '19:kanal-', 'team-a');
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store, { kind: 'channels' });
    await engine.start(announcement.id);
    await engine.whenIdle();
    const pressed = await engine.acknowledge(announcement.id, `${channel as string};messageid=1700000000000`);
    expect(pressed.recorded).toBe(true);
    expect((await store.deliveries.get(announcement.id, channel as string))?.acknowledgedAt).toBeInstanceOf(
      Date,
    );
  });

  it('resumes an announcement left "sending" by a crashed instance without sending again to those already marked sent', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 30);
    const announcement = await newAnnouncement(store);
    await store.announcements.update(announcement.id, { status: 'sending' });
    await store.deliveries.createPending(announcement.id, ids);
    // The dead instance had sent the first ten and was working on the next five (claims now stale).
    for (const id of ids.slice(0, 10)) await store.deliveries.markSent(announcement.id, id, `old-${id}`, 1);
    await store.deliveries.claimPending(announcement.id, 'dead-worker', 5, new Date());
    for (const d of store.deliveries.items.values())
      if (d.claimedBy === 'dead-worker') d.claimedAt = new Date(Date.now() - 60_000);

    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    expect(await engine.resumeUnfinished()).toBe(1);
    await engine.whenIdle();

    for (const id of ids.slice(0, 10)) expect(messenger.deliveredCount(id)).toBe(0);
    for (const id of ids.slice(10)) expect(messenger.deliveredCount(id)).toBe(1);
    expect((await store.announcements.get(announcement.id))?.status).toBe('sent');
  });

  it('waits for fresh claims of another instance to go stale instead of sending those recipients twice', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 6);
    const announcement = await newAnnouncement(store);
    await store.announcements.update(announcement.id, { status: 'sending' });
    await store.deliveries.createPending(announcement.id, ids);
    await store.deliveries.claimPending(announcement.id, 'just-died', 2, new Date());
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger, { leaseMs: 600 }));
    const started = Date.now();
    await engine.resumeUnfinished();
    await engine.whenIdle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    for (const id of ids) expect(messenger.deliveredCount(id)).toBe(1);
  });

  it('does not send again to a recipient it finished while a slow claim was returning it as pending', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 5);
    const inner = store.deliveries;
    let raced = false;
    let first: Delivery[] = [];
    const deliveries = Object.create(inner) as typeof inner;
    deliveries.claimPending = async (announcementId, worker, limit, staleBefore) => {
      if (first.length === 0) {
        first = await inner.claimPending(announcementId, worker, 1, staleBefore);
        return first;
      }
      if (!raced) {
        raced = true;
        // A busy store: this claim read the first recipient while it was still pending, and answers only after
        // that recipient has been sent and recorded.
        const [d] = first as [Delivery];
        await waitUntil(async () => (await inner.get(announcementId, d.conversationId))?.status === 'sent');
        return [d];
      }
      return inner.claimPending(announcementId, worker, limit, staleBefore);
    };
    const messenger = new ScriptedMessenger();
    messenger.latencyMs = 30;
    const engine = track(
      new BroadcastEngine({ repositories: { ...store, deliveries }, messenger, logger, options: FAST }),
    );
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    expect(raced).toBe(true);
    for (const id of ids) expect(messenger.callsOf('send', id)).toHaveLength(1);
  });

  it('records a message that went out while the store would not take it later, and never sends it again', async () => {
    const store = createInMemoryBroadcastStore();
    const [flaky, fine] = await seed(store, 2);
    let failures = 5;
    const deliveries = Object.create(store.deliveries) as typeof store.deliveries;
    deliveries.markSent = async (announcementId, conversationId, activityId, version) => {
      if (conversationId === flaky && failures > 0) {
        failures -= 1;
        throw new Error('store busy');
      }
      return store.deliveries.markSent(announcementId, conversationId, activityId, version);
    };
    const messenger = new ScriptedMessenger();
    const engine = track(
      new BroadcastEngine({ repositories: { ...store, deliveries }, messenger, logger, options: FAST }),
    );
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    expect(failures).toBe(0);
    expect(messenger.callsOf('send', flaky)).toHaveLength(1);
    expect(messenger.callsOf('send', fine)).toHaveLength(1);
    expect(await store.deliveries.get(announcement.id, flaky as string)).toMatchObject({ status: 'sent' });
    expect((await store.announcements.get(announcement.id))?.status).toBe('sent');
  });

  it('sends a scheduled announcement when its time comes', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 3);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    const at = new Date(Date.now() + 300);
    await engine.schedule(announcement.id, at);
    engine.startScheduler();
    await waitUntil(async () => (await store.announcements.get(announcement.id))?.status === 'sent');
    for (const id of ids) expect(messenger.deliveredCount(id)).toBe(1);
    // Nothing went out before its time (checked on the send times, so a slow machine cannot fail it).
    expect(Math.min(...messenger.calls.map((c) => c.at))).toBeGreaterThanOrEqual(at.getTime());
  });

  it('lets only the lease holder send; a second instance takes over when the holder loses its store connection', async () => {
    const store = createInMemoryBroadcastStore();
    const ids = await seed(store, 60);
    let holderAlive = true;
    const flakyLeases: LeaseRepository = {
      acquire: async (...args) => {
        if (!holderAlive) throw new Error('store unreachable');
        return store.leases.acquire(...args);
      },
      release: async (...args) => {
        if (!holderAlive) throw new Error('store unreachable');
        return store.leases.release(...args);
      },
    };
    const first = new ScriptedMessenger();
    const second = new ScriptedMessenger();
    const options = { ratePerSecond: 50, leaseMs: 600 };
    const holder = track(newEngine(store, first, options, { leases: flakyLeases, workerId: 'holder' }));
    const standby = track(newEngine(store, second, options, { workerId: 'standby' }));
    const announcement = await newAnnouncement(store);
    await holder.start(announcement.id);
    await waitUntil(() => first.callsOf('send').length >= 5);
    await standby.resumeUnfinished();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.calls).toHaveLength(0);

    holderAlive = false;
    const sentByHolder = (): number => first.callsOf('send').length;
    await waitUntil(async () => (await store.announcements.get(announcement.id))?.status === 'sent', 15_000);
    await standby.whenIdle();
    expect(second.callsOf('send').length).toBeGreaterThan(0);
    for (const id of ids) expect(first.deliveredCount(id) + second.deliveredCount(id)).toBe(1);
    // The holder stopped before its lease could have expired, so the two never sent at the same time.
    const lastByHolder = Math.max(...first.calls.map((c) => c.at));
    const firstByStandby = Math.min(...second.calls.map((c) => c.at));
    expect(lastByHolder).toBeLessThan(firstByStandby);
    expect(sentByHolder()).toBeLessThan(60);
  });

  it('stops gracefully: requests under way finish, unsent claims and the lease are released', async () => {
    const store = createInMemoryBroadcastStore();
    await seed(store, 50);
    const messenger = new ScriptedMessenger();
    messenger.latencyMs = 80;
    const engine = newEngine(store, messenger, { ratePerSecond: 200 });
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await waitUntil(() => messenger.calls.length >= 8);
    await engine.stop();

    const deliveries = [...store.deliveries.items.values()];
    const sent = deliveries.filter((d) => d.status === 'sent');
    expect(sent.length).toBe(messenger.calls.length);
    expect(deliveries.filter((d) => d.status === 'pending' && d.claimedBy !== undefined)).toEqual([]);
    expect(store.leases.items.size).toBe(0);
    expect((await store.announcements.get(announcement.id))?.status).toBe('sending');
    const callsAfterStop = messenger.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(messenger.calls.length).toBe(callsAfterStop);
  });

  it('reports progress at most once per interval while sending, and a final report with the end counts', async () => {
    const store = createInMemoryBroadcastStore();
    await seed(store, 60);
    const reports: { at: number; progress: BroadcastProgress }[] = [];
    const messenger = new ScriptedMessenger();
    const engine = track(
      newEngine(
        store,
        messenger,
        { ratePerSecond: 100, progressIntervalMs: 200 },
        { onProgress: (progress) => void reports.push({ at: Date.now(), progress }) },
      ),
    );
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();

    const interim = reports.filter((r) => !r.progress.final);
    for (let i = 1; i < interim.length; i += 1)
      expect(interim[i]!.at - interim[i - 1]!.at).toBeGreaterThanOrEqual(190);
    expect(interim.length).toBeGreaterThanOrEqual(2);
    expect(interim.length).toBeLessThanOrEqual(5);
    const last = reports[reports.length - 1]!.progress;
    expect(last.final).toBe(true);
    expect(last.announcement.status).toBe('sent');
    expect(last.counts).toMatchObject({ total: 60, sent: 60, pending: 0 });
  });

  it('never sends faster than the configured rate', async () => {
    const store = createInMemoryBroadcastStore();
    await seed(store, 90);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger, { ratePerSecond: 60 }));
    const announcement = await newAnnouncement(store);
    const started = Date.now();
    await engine.start(announcement.id);
    await engine.whenIdle();
    const times = messenger
      .callsOf('send')
      .map((c) => c.at)
      .sort((a, b) => a - b);
    let most = 0;
    for (let i = 0, j = 0; i < times.length; i += 1) {
      while ((times[i] as number) - (times[j] as number) >= 1000) j += 1;
      most = Math.max(most, i - j + 1);
    }
    expect(most).toBeLessThanOrEqual(61);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('refuses to send an announcement twice or to edit a recalled one', async () => {
    const store = createInMemoryBroadcastStore();
    await seed(store, 1);
    const messenger = new ScriptedMessenger();
    const engine = track(newEngine(store, messenger));
    const announcement = await newAnnouncement(store);
    await engine.start(announcement.id);
    await engine.whenIdle();
    await expect(engine.start(announcement.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await engine.recall(announcement.id);
    await expect(engine.edit(announcement.id, content)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      engine.edit(announcement.id, { ...content, links: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});
