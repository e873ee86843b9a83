import { isAppError } from '../../src/errors';
import type { DataLayer } from '../../src/data';
import type { AnnouncementContent } from '../../src/model/announcement';
import type { TestBackend } from './backends';

const content: AnnouncementContent = {
  title: 'Ny versjon av Helseplattformen',
  text: 'Oppgraderingen skjer natt til lørdag.',
  links: [{ title: 'Les mer', url: 'https://example.org/oppgradering' }],
  importance: 'normal',
};

const reference = (conversationId: string) => ({
  conversation: { id: conversationId, conversationType: 'personal', tenantId: 't1' },
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  bot: { id: '28:bot', name: 'Helseplattformen' },
});

const installation = (conversationId: string, extra: Record<string, unknown> = {}) => ({
  conversationId,
  conversationType: 'personal' as const,
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 't1',
  reference: reference(conversationId),
  ...extra,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function expectAppError(promise: Promise<unknown>, code: string): Promise<void> {
  const err = await promise.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  expect(isAppError(err) ? err.code : err).toBe(code);
}

/**
 * The behaviour every backend must have. `backend()` gives a fresh, empty store per test; `open()` on it connects an
 * instance (on MongoDB each call is a separate client, standing in for a separate process).
 */
export function describeRepositoryContract(name: string, backend: () => TestBackend): void {
  describe(`${name}: repository contract`, () => {
    let store: TestBackend;
    let repos: DataLayer;

    beforeEach(async () => {
      store = backend();
      repos = await store.open();
    });

    afterEach(async () => {
      await store?.cleanup();
    });

    test('reports a healthy store and its kind', async () => {
      expect(await repos.healthy()).toBe(true);
      expect(['mongodb', 'embedded']).toContain(repos.kind);
    });

    describe('feedback', () => {
      test('stores an entry and returns it as a plain object with a string id', async () => {
        const { entry, created } = await repos.feedback.add({
          question: 'Når kommer neste oppgradering?',
          topicId: 'oppgradering',
          helpful: true,
          locale: 'nb-NO',
          conversationType: 'personal',
          userPseudonym: 'u1',
        });
        expect(created).toBe(true);
        expect(typeof entry.id).toBe('string');
        expect(entry).not.toHaveProperty('_id');
        expect(entry).not.toHaveProperty('uniqueKey');
        expect(entry.createdAt).toBeInstanceOf(Date);
        expect(entry).toMatchObject({ topicId: 'oppgradering', helpful: true, userPseudonym: 'u1' });
        const [listed] = await repos.feedback.list();
        expect(listed).toEqual(entry);
      });

      test('the same dedupeKey is stored once, even when sent twice at the same time', async () => {
        const input = {
          helpful: false,
          topicId: 'pålogging',
          userPseudonym: 'u1',
          dedupeKey: 'activity-1:u1',
        };
        const results = await Promise.all([repos.feedback.add(input), repos.feedback.add(input)]);
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(results[0]?.entry.id).toBe(results[1]?.entry.id);
        const again = await repos.feedback.add(input);
        expect(again.created).toBe(false);
        expect(again.entry.id).toBe(results[0]?.entry.id);
        expect((await repos.feedback.stats()).total).toBe(1);
      });

      test('entries without a dedupeKey never collide', async () => {
        await repos.feedback.add({ helpful: true, userPseudonym: 'u1' });
        await repos.feedback.add({ helpful: true, userPseudonym: 'u1' });
        expect((await repos.feedback.stats()).total).toBe(2);
      });

      test('adds a comment to an existing entry, and answers null for an unknown one', async () => {
        const { entry } = await repos.feedback.add({ helpful: false, userPseudonym: 'u1' });
        const updated = await repos.feedback.setComment(entry.id, 'Svaret var utdatert');
        expect(updated?.comment).toBe('Svaret var utdatert');
        expect(updated!.updatedAt.getTime()).toBeGreaterThanOrEqual(entry.updatedAt.getTime());
        expect(await repos.feedback.setComment('finnes-ikke', 'x')).toBeNull();
      });

      test('stats count Ja and Nei and rank the topics with most Nei first', async () => {
        const add = (topicId: string | undefined, helpful: boolean | undefined) =>
          repos.feedback.add({ topicId, helpful, userPseudonym: 'u' });
        for (const [t, h] of [
          ['a', false],
          ['a', false],
          ['a', false],
          ['b', false],
          ['b', false],
          ['c', false],
          ['c', true],
          ['d', true],
          [undefined, false],
          ['e', undefined],
        ] as const) {
          await add(t, h);
        }
        const stats = await repos.feedback.stats(2);
        expect(stats).toEqual({
          total: 10,
          helpful: 2,
          notHelpful: 7,
          topNotHelpful: [
            { topicId: 'a', count: 3 },
            { topicId: 'b', count: 2 },
          ],
        });
        expect((await repos.feedback.stats()).topNotHelpful.map((t) => t.topicId)).toEqual(['a', 'b', 'c']);
      });

      test('lists oldest first, and paging with `after` neither skips nor repeats entries', async () => {
        for (let i = 0; i < 9; i++) await repos.feedback.add({ comment: `k${i}`, userPseudonym: 'u' });
        const all = await repos.feedback.list();
        expect(all.map((e) => e.comment)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8']);
        const paged: string[] = [];
        let after: Date | undefined;
        for (;;) {
          const page = await repos.feedback.list({ after, limit: 2 });
          if (page.length === 0) break;
          paged.push(...page.map((e) => e.id));
          after = page[page.length - 1]!.createdAt;
        }
        expect(paged).toEqual(all.map((e) => e.id));
      });

      test('deleteOlderThan removes only older entries and says how many', async () => {
        await repos.feedback.add({ comment: 'gammel', userPseudonym: 'u' });
        await sleep(15);
        const cutoff = new Date();
        await sleep(15);
        await repos.feedback.add({ comment: 'ny', userPseudonym: 'u' });
        expect(await repos.feedback.deleteOlderThan(cutoff)).toBe(1);
        expect((await repos.feedback.list()).map((e) => e.comment)).toEqual(['ny']);
      });

      test('rejects malformed feedback with BAD_INPUT', async () => {
        await expectAppError(repos.feedback.add({ userPseudonym: '' }), 'BAD_INPUT');
        await expectAppError(
          repos.feedback.add({ userPseudonym: 'u', helpful: 'ja' as unknown as boolean }),
          'BAD_INPUT',
        );
      });
    });

    describe('unanswered questions', () => {
      test('groups questions on their normalised text, most asked first, with the latest wording', async () => {
        await repos.unanswered.add({ question: 'Hvem er superbruker?', locale: 'nb-NO' });
        await repos.unanswered.add({ question: 'hvem er  superbruker' });
        await repos.unanswered.add({ question: 'Hvem er SUPERBRUKER ?' });
        await repos.unanswered.add({ question: 'Kva er Helseplattformen?', locale: 'nn-NO' });
        await repos.unanswered.add({ question: 'Kva er Helseplattformen' });
        await repos.unanswered.add({ question: 'Hvor er kurset?' });
        const top = await repos.unanswered.top(2);
        expect(top).toEqual([
          { question: 'Hvem er SUPERBRUKER ?', count: 3 },
          { question: 'Kva er Helseplattformen', count: 2 },
        ]);
      });

      test('stores and returns a question with id and date', async () => {
        const q = await repos.unanswered.add({ question: 'Hva koster lisensen?', locale: 'nb-NO' });
        expect(q).toEqual({
          id: expect.any(String),
          question: 'Hva koster lisensen?',
          locale: 'nb-NO',
          createdAt: expect.any(Date),
        });
      });

      test('deleteOlderThan removes old questions only', async () => {
        await repos.unanswered.add({ question: 'gammel' });
        await sleep(15);
        const cutoff = new Date();
        await sleep(15);
        await repos.unanswered.add({ question: 'ny' });
        expect(await repos.unanswered.deleteOlderThan(cutoff)).toBe(1);
        expect(await repos.unanswered.top(10)).toEqual([{ question: 'ny', count: 1 }]);
      });
    });

    describe('installations', () => {
      test('keeps one record per conversation and re-activates it on a new install', async () => {
        const first = await repos.installations.upsert(installation('a:1', { userPseudonym: 'p1' }));
        expect(first).toMatchObject({ conversationId: 'a:1', active: true, userPseudonym: 'p1' });
        expect(first.reference).toEqual(reference('a:1'));
        await repos.installations.deactivate('a:1');
        expect((await repos.installations.get('a:1'))?.active).toBe(false);
        await sleep(5);
        const again = await repos.installations.upsert(
          installation('a:1', { serviceUrl: 'https://smba.example/new/' }),
        );
        expect(again.active).toBe(true);
        expect(again.serviceUrl).toBe('https://smba.example/new/');
        expect(again.installedAt).toEqual(first.installedAt);
        expect(again.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
        expect(again.userPseudonym).toBe('p1');
        expect(await repos.installations.countActive()).toBe(1);
      });

      test('two installs of the same conversation at the same time leave one record', async () => {
        const other = await store.open();
        await Promise.all([
          repos.installations.upsert(installation('a:race')),
          other.installations.upsert(installation('a:race')),
          repos.installations.upsert(installation('a:race')),
        ]);
        expect(await repos.installations.listActive({})).toHaveLength(1);
      });

      test('answers null for a conversation it has never seen', async () => {
        expect(await repos.installations.get('a:ukjent')).toBeNull();
      });

      test('deactivates every record of a removed team', async () => {
        const team = { conversationType: 'channel' as const, teamId: 'team-1', teamName: 'Kommune A' };
        await repos.installations.upsert(installation('19:general@thread.tacv2', team));
        await repos.installations.upsert(installation('19:prosjekt@thread.tacv2', team));
        await repos.installations.upsert(
          installation('19:other@thread.tacv2', { ...team, teamId: 'team-2' }),
        );
        expect(await repos.installations.deactivateTeam('team-1')).toBe(2);
        expect(await repos.installations.deactivateTeam('team-1')).toBe(0);
        expect(await repos.installations.countActive()).toBe(1);
      });

      test('lists active records filtered by type and team, in pages ordered by conversation id', async () => {
        for (const id of ['a:3', 'a:1', 'a:2']) await repos.installations.upsert(installation(id));
        await repos.installations.upsert(
          installation('19:c1', { conversationType: 'channel', teamId: 'team-1' }),
        );
        await repos.installations.upsert(
          installation('19:c2', { conversationType: 'channel', teamId: 'team-2' }),
        );
        await repos.installations.upsert(installation('g:1', { conversationType: 'groupChat' }));
        await repos.installations.deactivate('a:2');

        const ids = (records: { conversationId: string }[]) => records.map((r) => r.conversationId);
        expect(ids(await repos.installations.listActive({ conversationTypes: ['personal'] }))).toEqual([
          'a:1',
          'a:3',
        ]);
        expect(ids(await repos.installations.listActive({ teamIds: ['team-2'] }))).toEqual(['19:c2']);
        await repos.installations.upsert(installation('a:3', { userPseudonym: 'kari' }));
        expect(ids(await repos.installations.listActive({ userPseudonym: 'kari' }))).toEqual(['a:3']);
        expect(await repos.installations.listActive({ userPseudonym: 'ola' })).toEqual([]);
        const page1 = await repos.installations.listActive({ limit: 2 });
        const page2 = await repos.installations.listActive({
          limit: 2,
          afterConversationId: page1[1]!.conversationId,
        });
        const page3 = await repos.installations.listActive({
          limit: 2,
          afterConversationId: page2[1]!.conversationId,
        });
        expect([...ids(page1), ...ids(page2), ...ids(page3)]).toEqual([
          '19:c1',
          '19:c2',
          'a:1',
          'a:3',
          'g:1',
        ]);
        expect(await repos.installations.countActive()).toBe(5);
        expect(await repos.installations.countActive({ conversationTypes: ['channel', 'groupChat'] })).toBe(
          3,
        );
        expect(
          await repos.installations.countActive({ conversationTypes: ['channel'], teamIds: ['team-1'] }),
        ).toBe(1);
      });
    });

    describe('announcements', () => {
      const create = (extra: Record<string, unknown> = {}) =>
        repos.announcements.create({ content, audience: { kind: 'all' }, authorPseudonym: 'lead', ...extra });

      test('creates a draft at version 1 and reads it back', async () => {
        const a = await create({ audience: { kind: 'teams', teamIds: ['team-1'] } });
        expect(a).toMatchObject({
          status: 'draft',
          version: 1,
          content,
          audience: { kind: 'teams', teamIds: ['team-1'] },
        });
        expect(await repos.announcements.get(a.id)).toEqual(a);
        expect(await repos.announcements.get('finnes-ikke')).toBeNull();
      });

      test('updates only while the status is the expected one', async () => {
        const a = await create({ status: 'scheduled', scheduledAt: new Date(Date.now() + 60_000) });
        expect(await repos.announcements.update(a.id, { status: 'sending' }, 'draft')).toBeNull();
        const sending = await repos.announcements.update(a.id, { status: 'sending' }, 'scheduled');
        expect(sending?.status).toBe('sending');
        expect((await repos.announcements.get(a.id))?.status).toBe('sending');
        expect(await repos.announcements.update('finnes-ikke', { status: 'sent' })).toBeNull();
      });

      test('two instances starting the same scheduled announcement: exactly one wins', async () => {
        const a = await create({ status: 'scheduled', scheduledAt: new Date() });
        const other = await store.open();
        const results = await Promise.all([
          repos.announcements.update(a.id, { status: 'sending' }, 'scheduled'),
          other.announcements.update(a.id, { status: 'sending' }, 'scheduled'),
          repos.announcements.update(a.id, { status: 'sending' }, 'scheduled'),
          other.announcements.update(a.id, { status: 'sending' }, 'scheduled'),
        ]);
        expect(results.filter((r) => r !== null)).toHaveLength(1);
      });

      test('an edit bumps the version and a field passed as undefined is removed', async () => {
        const a = await create({ status: 'sent' });
        const edited = await repos.announcements.update(a.id, {
          content: { ...content, title: 'Rettet tittel' },
          version: 2,
          pendingOperation: 'update',
        });
        expect(edited).toMatchObject({
          version: 2,
          pendingOperation: 'update',
          content: { title: 'Rettet tittel' },
        });
        const done = await repos.announcements.update(a.id, { pendingOperation: undefined });
        expect(done).not.toHaveProperty('pendingOperation');
        expect(await repos.announcements.get(a.id)).not.toHaveProperty('pendingOperation');
      });

      test('lists the most recent first', async () => {
        const a = await create();
        await sleep(3);
        const b = await create();
        await sleep(3);
        const c = await create();
        expect((await repos.announcements.listRecent(2)).map((x) => x.id)).toEqual([c.id, b.id]);
        expect((await repos.announcements.listRecent(10)).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
      });

      test('lists unfinished work: sending, due scheduled and pending operations', async () => {
        const now = new Date();
        const sending = await create({ status: 'sending' });
        const due = await create({ status: 'scheduled', scheduledAt: new Date(now.getTime() - 1000) });
        await create({ status: 'scheduled', scheduledAt: new Date(now.getTime() + 3_600_000) });
        await create({ status: 'draft' });
        await create({ status: 'sent' });
        const recalled = await create({ status: 'recalled', pendingOperation: 'delete' });
        const ids = (await repos.announcements.listUnfinished(now)).map((a) => a.id).sort();
        expect(ids).toEqual([sending.id, due.id, recalled.id].sort());
      });

      test('rejects a patch that tries to change the id or carries unknown fields', async () => {
        const a = await create();
        await expectAppError(
          repos.announcements.update(a.id, { id: 'x' } as unknown as Partial<{ status: 'sent' }>),
          'BAD_INPUT',
        );
        await expectAppError(
          repos.announcements.update(a.id, { status: { $ne: 'x' } } as unknown as Partial<{
            status: 'sent';
          }>),
          'BAD_INPUT',
        );
      });
    });

    describe('deliveries', () => {
      const recipients = (n: number) =>
        Array.from({ length: n }, (_, i) => `a:${String(i).padStart(3, '0')}`);

      test('never creates a delivery twice, also when two instances create at the same time', async () => {
        expect(await repos.deliveries.createPending('ann-1', ['a:1', 'a:2', 'a:2'])).toBe(2);
        expect(await repos.deliveries.createPending('ann-1', ['a:2', 'a:3'])).toBe(1);
        const other = await store.open();
        const [x, y] = await Promise.all([
          repos.deliveries.createPending('ann-2', recipients(30)),
          other.deliveries.createPending('ann-2', recipients(40)),
        ]);
        expect(x! + y!).toBe(40);
        expect((await repos.deliveries.counts('ann-2')).total).toBe(40);
        expect(await repos.deliveries.get('ann-1', 'a:2')).toEqual({
          announcementId: 'ann-1',
          conversationId: 'a:2',
          status: 'pending',
          attempts: 0,
          updatedAt: expect.any(Date),
        });
      });

      test('two workers claiming at the same time never get the same delivery', async () => {
        await repos.deliveries.createPending('ann', recipients(60));
        const other = await store.open();
        const drain = async (layer: DataLayer, worker: string) => {
          const mine: string[] = [];
          for (;;) {
            const batch = await layer.deliveries.claimPending(
              'ann',
              worker,
              7,
              new Date(Date.now() - 60_000),
            );
            if (batch.length === 0) return mine;
            for (const d of batch) {
              expect(d).toMatchObject({ claimedBy: worker, status: 'pending' });
              mine.push(d.conversationId);
            }
          }
        };
        const results = await Promise.all([
          drain(repos, 'worker-a'),
          drain(other, 'worker-b'),
          drain(repos, 'worker-c'),
          drain(other, 'worker-d'),
        ]);
        const all = results.flat();
        expect(all).toHaveLength(60);
        expect(new Set(all).size).toBe(60);
      });

      test('a fresh claim is not handed out again, a stale one is, and only what is still pending', async () => {
        await repos.deliveries.createPending('ann', ['a:1', 'a:2', 'a:3']);
        const first = await repos.deliveries.claimPending('ann', 'w1', 10, new Date(Date.now() - 60_000));
        expect(first.map((d) => d.conversationId).sort()).toEqual(['a:1', 'a:2', 'a:3']);
        expect(await repos.deliveries.claimPending('ann', 'w2', 10, new Date(Date.now() - 60_000))).toEqual(
          [],
        );
        await repos.deliveries.markSent('ann', 'a:2', 'act-2', 1);
        await sleep(10);
        // w1 died: its claims are older than the lease now, so w2 may take what it left.
        const taken = await repos.deliveries.claimPending('ann', 'w2', 1, new Date());
        expect(taken.map((d) => d.conversationId).sort()).toEqual(['a:1', 'a:3']);
        for (const d of taken) {
          expect(d).toMatchObject({ claimedBy: 'w2' });
          const before = first.find((f) => f.conversationId === d.conversationId);
          expect(d.claimedAt!.getTime()).toBeGreaterThan(before!.claimedAt!.getTime());
        }
      });

      test('claims come in batches of 100, each batch to one worker, in order', async () => {
        await repos.deliveries.createPending('ann', recipients(250));
        const a = await repos.deliveries.claimPending('ann', 'wa', 10, new Date(Date.now() - 60_000));
        const b = await repos.deliveries.claimPending('ann', 'wb', 150, new Date(Date.now() - 60_000));
        expect(a).toHaveLength(100);
        expect(b).toHaveLength(150);
        expect(new Set([...a, ...b].map((d) => d.conversationId)).size).toBe(250);
      });

      test('marks a delivery sent with its activity and version, and lists those behind an edit', async () => {
        await repos.deliveries.createPending('ann', ['a:1', 'a:2', 'a:3']);
        await repos.deliveries.claimPending('ann', 'w', 10, new Date(Date.now() - 60_000));
        await repos.deliveries.markSent('ann', 'a:1', 'act-1', 1);
        await repos.deliveries.markSent('ann', 'a:2', 'act-2', 2);
        const sent = await repos.deliveries.get('ann', 'a:1');
        expect(sent).toMatchObject({ status: 'sent', activityId: 'act-1', sentVersion: 1 });
        expect(sent).not.toHaveProperty('claimedBy');
        expect(sent).not.toHaveProperty('claimedAt');
        const behind = await repos.deliveries.listSent('ann', { belowVersion: 2, limit: 10 });
        expect(behind.map((d) => d.conversationId)).toEqual(['a:1']);
        const allSent = await repos.deliveries.listSent('ann', { limit: 10 });
        expect(allSent.map((d) => d.conversationId)).toEqual(['a:1', 'a:2']);
        const page = await repos.deliveries.listSent('ann', { afterConversationId: 'a:1', limit: 10 });
        expect(page.map((d) => d.conversationId)).toEqual(['a:2']);
      });

      test('a failure is recorded with its reason; a release puts the delivery back and can count an attempt', async () => {
        await repos.deliveries.createPending('ann', ['a:1', 'a:2']);
        await repos.deliveries.claimPending('ann', 'w', 10, new Date(Date.now() - 60_000));
        await repos.deliveries.markFailed('ann', 'a:1', 'bot_removed');
        expect(await repos.deliveries.get('ann', 'a:1')).toMatchObject({
          status: 'failed',
          attempts: 1,
          failureReason: 'bot_removed',
        });
        await repos.deliveries.release('ann', 'a:2', true);
        const released = await repos.deliveries.get('ann', 'a:2');
        expect(released).toMatchObject({ status: 'pending', attempts: 1 });
        expect(released).not.toHaveProperty('claimedBy');
        await repos.deliveries.release('ann', 'a:2', false);
        expect((await repos.deliveries.get('ann', 'a:2'))?.attempts).toBe(1);
        await repos.deliveries.releaseClaims('ann', 'w');
        const again = await repos.deliveries.claimPending('ann', 'w2', 10, new Date(Date.now() - 60_000));
        expect(again.map((d) => d.conversationId)).toEqual(['a:2']);
      });

      test('an edit or recall that did not reach a sent message is kept with it until a later one does', async () => {
        await repos.deliveries.createPending('ann', ['a:1']);
        await repos.deliveries.markSent('ann', 'a:1', 'act-1', 1);
        await repos.deliveries.markSent('ann', 'a:1', 'act-1', 2, 'not_updated');
        expect(await repos.deliveries.get('ann', 'a:1')).toMatchObject({
          status: 'sent',
          sentVersion: 2,
          failureReason: 'not_updated',
        });
        await repos.deliveries.markSent('ann', 'a:1', 'act-1', 3);
        const latest = await repos.deliveries.get('ann', 'a:1');
        expect(latest).toMatchObject({ status: 'sent', sentVersion: 3 });
        expect(latest).not.toHaveProperty('failureReason');
      });

      test('an acknowledgement is recorded once, even when clicked twice at the same time', async () => {
        await repos.deliveries.createPending('ann', ['a:1']);
        await repos.deliveries.markSent('ann', 'a:1', 'act', 1);
        const at = new Date('2025-03-01T10:00:00Z');
        const other = await store.open();
        const results = await Promise.all([
          repos.deliveries.acknowledge('ann', 'a:1', at),
          other.deliveries.acknowledge('ann', 'a:1', at),
          repos.deliveries.acknowledge('ann', 'a:1', at),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await repos.deliveries.acknowledge('ann', 'a:1', new Date())).toBe(false);
        expect((await repos.deliveries.get('ann', 'a:1'))?.acknowledgedAt).toEqual(at);
        expect(await repos.deliveries.acknowledge('ann', 'a:ukjent', at)).toBe(false);
      });

      test('an acknowledgement while an edit marks the same delivery keeps both, on two instances', async () => {
        const readers = recipients(100);
        await repos.deliveries.createPending('ann', readers);
        await repos.deliveries.claimPending('ann', 'w', readers.length, new Date(Date.now() - 60_000));
        await Promise.all(readers.map((c) => repos.deliveries.markSent('ann', c, `act-${c}`, 1)));
        const other = await store.open();
        // The sender's edit pass records version 2 for each chat while its reader presses "Bekreft lest" on another
        // instance, twenty chats at a time.
        let recorded = 0;
        for (let i = 0; i < readers.length; i += 20) {
          const wave = readers.slice(i, i + 20);
          const acks = await Promise.all(
            wave.map(async (c) => {
              const [ack] = await Promise.all([
                other.deliveries.acknowledge('ann', c, new Date()),
                repos.deliveries.markSent('ann', c, `act-${c}`, 2),
              ]);
              return ack;
            }),
          );
          recorded += acks.filter(Boolean).length;
        }
        expect(recorded).toBe(readers.length);
        expect(await repos.deliveries.counts('ann')).toMatchObject({ sent: 100, acknowledged: 100 });
        const behind = await repos.deliveries.listSent('ann', { belowVersion: 2, limit: 200 });
        expect(behind.map((d) => d.conversationId)).toEqual([]);
      });

      test('counts deliveries by status and acknowledgements', async () => {
        await repos.deliveries.createPending('ann', ['a:1', 'a:2', 'a:3', 'a:4']);
        await repos.deliveries.createPending('other', ['a:1']);
        await repos.deliveries.markSent('ann', 'a:1', 'x', 1);
        await repos.deliveries.markSent('ann', 'a:2', 'y', 1);
        await repos.deliveries.markFailed('ann', 'a:3', 'conversation_not_found');
        await repos.deliveries.acknowledge('ann', 'a:1', new Date());
        expect(await repos.deliveries.counts('ann')).toEqual({
          total: 4,
          pending: 1,
          sent: 2,
          failed: 1,
          acknowledged: 1,
          notUpdated: 0,
          notRemoved: 0,
        });
        expect(await repos.deliveries.counts('none')).toEqual({
          total: 0,
          pending: 0,
          sent: 0,
          failed: 0,
          acknowledged: 0,
          notUpdated: 0,
          notRemoved: 0,
        });
      });

      test('counts sent receipts, later changes, failures, follow-up problems and acknowledgements in two requests', async () => {
        const stale = new Date(Date.now() - 60_000);
        await repos.deliveries.createPending('ann', recipients(8));
        await repos.deliveries.createPending('other', ['a:1', 'a:2']);
        const claimed = await repos.deliveries.claimPending('ann', 'w', 10, stale);
        expect(claimed).toHaveLength(8);
        const [r1, r2, r3, r4, r5, r6, r7] = claimed.map((d) => d.conversationId);
        await repos.deliveries.claimPending('other', 'w', 10, stale);
        await repos.deliveries.markSent('other', 'a:1', 'o-1', 1);
        await repos.deliveries.markFailed('other', 'a:2', 'conversation_not_found');
        // Sent and recorded by receipt only; one of them acknowledged.
        await repos.deliveries.markSent('ann', r1!, 'act-1', 1);
        await repos.deliveries.markSent('ann', r2!, 'act-2', 1);
        await repos.deliveries.acknowledge('ann', r2!, new Date());
        // Sent by receipt, then changed: an edit that did not reach it, a recall that did not, an edit that did.
        await repos.deliveries.markSent('ann', r3!, 'act-3', 1);
        await repos.deliveries.markSent('ann', r3!, 'act-3', 2, 'not_updated');
        await repos.deliveries.markSent('ann', r4!, 'act-4', 1);
        await repos.deliveries.acknowledge('ann', r4!, new Date());
        await repos.deliveries.markSent('ann', r4!, 'act-4', 2, 'not_removed');
        await repos.deliveries.markSent('ann', r5!, 'act-5', 1);
        await repos.deliveries.markSent('ann', r5!, 'act-5', 2);
        await repos.deliveries.markFailed('ann', r6!, 'conversation_not_found');
        await repos.deliveries.release('ann', r7!, true);
        const before = repos.storeOperations();
        expect(await repos.deliveries.counts('ann')).toEqual({
          total: 8,
          pending: 2,
          sent: 5,
          failed: 1,
          acknowledged: 2,
          notUpdated: 1,
          notRemoved: 1,
        });
        expect(repos.storeOperations() - before).toBe(2);
        expect(await repos.deliveries.counts('other')).toEqual({
          total: 2,
          pending: 0,
          sent: 1,
          failed: 1,
          acknowledged: 0,
          notUpdated: 0,
          notRemoved: 0,
        });
      });

      test('lists every delivery of an announcement in pages', async () => {
        await repos.deliveries.createPending('ann', recipients(5));
        const first = await repos.deliveries.list('ann', { limit: 3 });
        const rest = await repos.deliveries.list('ann', {
          limit: 3,
          afterConversationId: first[2]!.conversationId,
        });
        expect([...first, ...rest].map((d) => d.conversationId)).toEqual(recipients(5));
      });
    });

    describe('leases', () => {
      test('only one owner holds a lease until it expires; then another may take it over', async () => {
        const t0 = new Date('2025-01-01T00:00:00Z');
        const at = (ms: number) => new Date(t0.getTime() + ms);
        expect(await repos.leases.acquire('scheduler', 'a', 30_000, t0)).toBe(true);
        expect(await repos.leases.acquire('scheduler', 'b', 30_000, at(10_000))).toBe(false);
        expect(await repos.leases.acquire('scheduler', 'a', 30_000, at(20_000))).toBe(true);
        expect(await repos.leases.acquire('scheduler', 'b', 30_000, at(40_000))).toBe(false);
        expect(await repos.leases.acquire('scheduler', 'b', 30_000, at(50_001))).toBe(true);
        expect(await repos.leases.acquire('scheduler', 'a', 30_000, at(60_000))).toBe(false);
        expect(await repos.leases.acquire('other-job', 'a', 30_000, at(60_000))).toBe(true);
      });

      test('a released lease is free at once; a release by someone else changes nothing', async () => {
        const now = new Date();
        expect(await repos.leases.acquire('job', 'a', 60_000, now)).toBe(true);
        await repos.leases.release('job', 'b');
        expect(await repos.leases.acquire('job', 'b', 60_000, now)).toBe(false);
        await repos.leases.release('job', 'a');
        expect(await repos.leases.acquire('job', 'b', 60_000, now)).toBe(true);
      });

      test('of many instances racing for a free lease, exactly one gets it', async () => {
        const other = await store.open();
        const now = new Date();
        const results = await Promise.all(
          ['a', 'b', 'c', 'd', 'e', 'f'].map((owner, i) =>
            (i % 2 ? other : repos).leases.acquire('race', owner, 60_000, now),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        // And again for an expired lease.
        const later = new Date(now.getTime() + 120_000);
        const again = await Promise.all(
          ['g', 'h', 'i', 'j'].map((owner, i) =>
            (i % 2 ? other : repos).leases.acquire('race', owner, 60_000, later),
          ),
        );
        expect(again.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('rate limits', () => {
      const hour = 60 * 60 * 1000;

      test('gives a key at most its limit of uses per window, then again in the next window', async () => {
        const t0 = new Date('2025-03-01T10:00:00Z');
        const results = [];
        for (let i = 0; i < 7; i++) results.push(await repos.rateLimits.take('office:asker-1', 5, hour, t0));
        expect(results.map((r) => r.taken)).toEqual([true, true, true, true, true, false, false]);
        expect(results.map((r) => r.used)).toEqual([1, 2, 3, 4, 5, 5, 5]);
        expect(results[6]!.resetsAt).toEqual(new Date('2025-03-01T11:00:00Z'));
        expect((await repos.rateLimits.take('office:asker-2', 5, hour, t0)).taken).toBe(true);
        const next = new Date('2025-03-01T11:00:00Z');
        expect((await repos.rateLimits.take('office:asker-1', 5, hour, next)).taken).toBe(true);
      });

      test('of many concurrent uses from two instances, exactly the limit are taken', async () => {
        const other = await store.open();
        const now = new Date();
        const results = await Promise.all(
          Array.from({ length: 24 }, (_, i) =>
            (i % 2 ? other : repos).rateLimits.take('office:racer', 5, hour, now),
          ),
        );
        expect(results.filter((r) => r.taken)).toHaveLength(5);
        expect((await repos.rateLimits.take('office:racer', 5, hour, now)).taken).toBe(false);
      });
    });

    describe('request budget', () => {
      test('gives each slot to exactly one of many concurrent callers on two instances', async () => {
        const other = await store.open();
        const until = new Date(Date.now() + 1000);
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            (i % 2 ? other : repos).requestBudget.takeSlot('rate', 1000 + (i % 3), until),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(3);
        expect(await repos.requestBudget.takeSlot('rate', 1000, until)).toBe(false);
        expect(await repos.requestBudget.takeSlot('conversation:a:1', 1000, until)).toBe(true);
      });

      test('keeps the rate as last lowered, for every instance', async () => {
        const other = await store.open();
        expect(await repos.requestBudget.readRate()).toBeUndefined();
        await repos.requestBudget.writeRate({
          rateAtChange: 15,
          changedAt: new Date('2025-03-01T10:00:00Z'),
        });
        await other.requestBudget.writeRate({
          rateAtChange: 7.5,
          changedAt: new Date('2025-03-01T10:00:02Z'),
        });
        expect(await repos.requestBudget.readRate()).toEqual({
          rateAtChange: 7.5,
          changedAt: new Date('2025-03-01T10:00:02Z'),
        });
      });
    });

    describe('tickets', () => {
      const ticket = () =>
        repos.tickets.create({
          question: 'Hvordan bestiller jeg tilgang?',
          askerPseudonym: 'p1',
          askerReference: reference('a:asker'),
        });

      test('creates an open ticket and reads it back with the asker reference', async () => {
        const t = await ticket();
        expect(t).toMatchObject({
          status: 'open',
          question: 'Hvordan bestiller jeg tilgang?',
          askerPseudonym: 'p1',
        });
        expect(t.askerReference).toEqual(reference('a:asker'));
        expect(await repos.tickets.get(t.id)).toEqual(t);
        expect(await repos.tickets.get('finnes-ikke')).toBeNull();
      });

      test('two officers taking the same ticket at once: one gets it', async () => {
        const t = await ticket();
        const other = await store.open();
        const results = await Promise.all([
          repos.tickets.update(t.id, { status: 'assigned', assigneeName: 'Kari' }, ['open']),
          other.tickets.update(t.id, { status: 'assigned', assigneeName: 'Ola' }, ['open']),
        ]);
        const winners = results.filter((r) => r !== null);
        expect(winners).toHaveLength(1);
        expect((await repos.tickets.get(t.id))?.assigneeName).toBe(winners[0]!.assigneeName);
      });

      test('answers, closes and lists a person’s tickets newest first', async () => {
        const t1 = await ticket();
        await sleep(3);
        const t2 = await ticket();
        const answered = await repos.tickets.update(t1.id, { status: 'answered', answer: 'Via Kompass.' }, [
          'open',
          'assigned',
        ]);
        expect(answered).toMatchObject({ status: 'answered', answer: 'Via Kompass.' });
        expect(await repos.tickets.update(t1.id, { status: 'assigned' }, ['open'])).toBeNull();
        expect((await repos.tickets.listByAsker('p1', 10)).map((t) => t.id)).toEqual([t2.id, t1.id]);
        expect(await repos.tickets.listByAsker('p2', 10)).toEqual([]);
      });
    });

    describe('knowledge suggestions', () => {
      test('keeps one suggestion per ticket and lists the newest first', async () => {
        const first = await repos.suggestions.add({ ticketId: 't1', question: 'Q1', answer: 'A1' });
        const second = await repos.suggestions.add({ ticketId: 't1', question: 'Q1b', answer: 'A1b' });
        expect(second).toEqual(first);
        await sleep(3);
        const other = await repos.suggestions.add({ ticketId: 't2', question: 'Q2', answer: 'A2' });
        expect((await repos.suggestions.list(10)).map((s) => s.id)).toEqual([other.id, first.id]);
        expect(await repos.suggestions.list(1)).toHaveLength(1);
      });
    });

    describe('knowledge versions', () => {
      const kb = (name: string) => ({ people: [{ id: 'p', name }] });

      test('an empty store has no version; the first publish is version 1 and reads back as published', async () => {
        expect(await repos.knowledge.head()).toBeNull();
        const v1 = await repos.knowledge.publish({
          expected: 0,
          content: kb('Ola'),
          authorPseudonym: 'a1',
          summary: 'Første versjon',
        });
        expect(v1).toMatchObject({ number: 1, authorPseudonym: 'a1', summary: 'Første versjon' });
        expect(v1?.createdAt).toBeInstanceOf(Date);
        expect(await repos.knowledge.head()).toEqual(v1);
        expect(await repos.knowledge.get(1)).toEqual({ version: v1, content: kb('Ola') });
        expect(await repos.knowledge.get(2)).toBeNull();
      });

      test('a publish from a version that is no longer the newest is refused, also when two race', async () => {
        await repos.knowledge.publish({ expected: 0, content: kb('A'), authorPseudonym: 'a', summary: 's' });
        const other = await store.open();
        const results = await Promise.all([
          repos.knowledge.publish({ expected: 1, content: kb('B'), authorPseudonym: 'a', summary: 'b' }),
          other.knowledge.publish({ expected: 1, content: kb('C'), authorPseudonym: 'c', summary: 'c' }),
        ]);
        const won = results.filter((r) => r !== null);
        expect(won).toHaveLength(1);
        expect(won[0]?.number).toBe(2);
        const stored = await repos.knowledge.get(2);
        expect(stored?.content).toEqual(won[0]?.summary === 'b' ? kb('B') : kb('C'));
        expect(
          await repos.knowledge.publish({
            expected: 1,
            content: kb('D'),
            authorPseudonym: 'a',
            summary: 'd',
          }),
        ).toBeNull();
        expect((await repos.knowledge.head())?.number).toBe(2);
      });

      test('lists versions newest first with what was restored', async () => {
        await repos.knowledge.publish({ expected: 0, content: kb('A'), authorPseudonym: 'a', summary: 'en' });
        await repos.knowledge.publish({ expected: 1, content: kb('B'), authorPseudonym: 'a', summary: 'to' });
        await repos.knowledge.publish({
          expected: 2,
          content: kb('A'),
          authorPseudonym: 'b',
          summary: 'Gjenopprettet versjon 1',
          restoredFrom: 1,
        });
        const listed = await repos.knowledge.list(10);
        expect(listed.map((v) => [v.number, v.summary, v.restoredFrom])).toEqual([
          [3, 'Gjenopprettet versjon 1', 1],
          [2, 'to', undefined],
          [1, 'en', undefined],
        ]);
        expect(await repos.knowledge.list(1)).toHaveLength(1);
      });
    });

    describe('learning loop', () => {
      test('groups unanswered questions with their latest wording and time', async () => {
        await repos.unanswered.add({ question: 'Hvem er nestleder?' });
        await sleep(3);
        await repos.unanswered.add({ question: 'hvem er  NESTLEDER' });
        await repos.unanswered.add({ question: 'Når er golive?' });
        const groups = await repos.unanswered.groups(10);
        expect(groups.map((g) => [g.question, g.count])).toEqual([
          ['hvem er  NESTLEDER', 2],
          ['Når er golive?', 1],
        ]);
        expect(groups[0]?.lastAskedAt).toBeInstanceOf(Date);
      });

      test('records what was done with an item, and a second decision replaces the first', async () => {
        await repos.learning.resolve({ key: 'unanswered:a', action: 'dismissed', byPseudonym: 'e1' });
        await repos.learning.resolve({
          key: 'unanswered:a',
          action: 'attached',
          entryId: 'teknisk',
          byPseudonym: 'e2',
        });
        await repos.learning.resolve({ key: 'suggestion:s1', action: 'created', byPseudonym: 'e1' });
        const found = await repos.learning.list(['unanswered:a', 'suggestion:s1', 'unanswered:b']);
        expect(found.map((r) => [r.key, r.action, r.entryId]).sort()).toEqual([
          ['suggestion:s1', 'created', undefined],
          ['unanswered:a', 'attached', 'teknisk'],
        ]);
        expect(found[0]?.resolvedAt).toBeInstanceOf(Date);
      });
    });

    describe('user languages', () => {
      test('has no language for a user it has not seen, then the last one remembered', async () => {
        expect(await repos.userLanguages.get('pseudonym-a')).toBeUndefined();
        await repos.userLanguages.set('pseudonym-a', 'nn');
        await repos.userLanguages.set('pseudonym-b', 'en');
        expect(await repos.userLanguages.get('pseudonym-a')).toBe('nn');
        await repos.userLanguages.set('pseudonym-a', 'en');
        expect(await repos.userLanguages.get('pseudonym-a')).toBe('en');
        expect(await repos.userLanguages.get('pseudonym-b')).toBe('en');
      });

      test('keeps one record per user when two instances remember at once', async () => {
        const other = await store.open();
        await Promise.all([
          repos.userLanguages.set('pseudonym-c', 'nn'),
          other.userLanguages.set('pseudonym-c', 'nn'),
        ]);
        expect(await other.userLanguages.get('pseudonym-c')).toBe('nn');
        expect(await repos.userLanguages.get('pseudonym-c')).toBe('nn');
      });

      test('refuses an operator smuggled in as a pseudonym', async () => {
        await expect(repos.userLanguages.get({ $ne: '' } as unknown as string)).rejects.toThrow();
      });
    });

    describe('bot state (botbuilder Storage)', () => {
      test('reads back what was written, with an eTag that changes on every write', async () => {
        await repos.botState.write({ 'msteams/conversations/a:1': { dialogState: { step: 1 }, eTag: '*' } });
        const read = await repos.botState.read(['msteams/conversations/a:1', 'missing']);
        expect(Object.keys(read)).toEqual(['msteams/conversations/a:1']);
        const item = read['msteams/conversations/a:1'];
        expect(item).toMatchObject({ dialogState: { step: 1 } });
        expect(typeof item.eTag).toBe('string');
        await repos.botState.write({ 'msteams/conversations/a:1': { ...item, dialogState: { step: 2 } } });
        const after = (await repos.botState.read(['msteams/conversations/a:1']))['msteams/conversations/a:1'];
        expect(after.dialogState).toEqual({ step: 2 });
        expect(after.eTag).not.toBe(item.eTag);
      });

      test('a write with an outdated eTag throws, one with * overwrites', async () => {
        await repos.botState.write({ k: { n: 1 } });
        const v1 = (await repos.botState.read(['k'])).k;
        await repos.botState.write({ k: { ...v1, n: 2 } });
        await expect(repos.botState.write({ k: { ...v1, n: 3 } })).rejects.toThrow(/eTag conflict/);
        expect((await repos.botState.read(['k'])).k.n).toBe(2);
        await repos.botState.write({ k: { n: 4, eTag: '*' } });
        expect((await repos.botState.read(['k'])).k.n).toBe(4);
      });

      test('of two writers holding the same eTag, one succeeds and the other gets a conflict', async () => {
        await repos.botState.write({ k: { n: 0 } });
        const v = (await repos.botState.read(['k'])).k;
        const other = await store.open();
        const results = await Promise.allSettled([
          repos.botState.write({ k: { ...v, n: 1 } }),
          other.botState.write({ k: { ...v, n: 2 } }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      });

      test('a write with an eTag to a missing key stores it (as MemoryStorage does); delete removes', async () => {
        await repos.botState.write({ fresh: { a: 1, eTag: 'whatever' } });
        expect((await repos.botState.read(['fresh'])).fresh.a).toBe(1);
        await repos.botState.delete(['fresh']);
        expect(await repos.botState.read(['fresh'])).toEqual({});
      });

      test('state keys that look like operators are stored as plain data', async () => {
        await repos.botState.write({ $where: { $gt: 1, 'a.b': { $set: 2 } } });
        expect((await repos.botState.read(['$where'])).$where).toMatchObject({ $gt: 1, 'a.b': { $set: 2 } });
      });
    });

    describe('operator injection', () => {
      const operator = { $ne: null } as unknown as string;

      test('operator objects in place of ids are rejected, not run as queries', async () => {
        await repos.installations.upsert(installation('a:1'));
        await repos.feedback.add({ userPseudonym: 'u' });
        await expectAppError(repos.installations.get(operator), 'BAD_INPUT');
        await expectAppError(repos.announcements.get(operator), 'BAD_INPUT');
        await expectAppError(repos.tickets.listByAsker({ $gt: '' } as unknown as string, 10), 'BAD_INPUT');
        await expectAppError(repos.deliveries.get('ann', operator), 'BAD_INPUT');
        await expectAppError(repos.feedback.setComment(operator, 'x'), 'BAD_INPUT');
        await expectAppError(repos.installations.deactivateTeam(operator), 'BAD_INPUT');
        await expectAppError(repos.installations.listActive({ teamIds: [operator] }), 'BAD_INPUT');
        await expectAppError(repos.botState.read([operator]), 'BAD_INPUT');
        await expectAppError(repos.leases.acquire(operator, 'me', 1000), 'BAD_INPUT');
        expect((await repos.installations.get('a:1'))?.active).toBe(true);
      });

      test('operator-like text and keys from users are stored harmlessly and returned unchanged', async () => {
        const { entry } = await repos.feedback.add({
          question: '{"$gt": ""}',
          comment: '$where: function() { return true }',
          userPseudonym: '$ne',
          dedupeKey: '{ "$exists": true }',
        });
        expect(await repos.feedback.list()).toEqual([entry]);
        const injected = installation('a:x', {
          reference: { $where: 'sleep(1000)', nested: { 'a.b': 1, $set: { active: false } } },
        });
        const record = await repos.installations.upsert(injected);
        expect(record.reference).toEqual(injected.reference);
        expect(await repos.installations.countActive()).toBe(1);
        const t = await repos.tickets.create({
          question: '$gt',
          askerPseudonym: '$ne',
          askerReference: { $or: [] },
        });
        expect((await repos.tickets.listByAsker('$ne', 5))[0]?.askerReference).toEqual({ $or: [] });
        expect(await repos.tickets.listByAsker('other', 5)).toEqual([]);
        expect(t.question).toBe('$gt');
      });
    });
  });
}
