import Datastore from '@seald-io/nedb';
import { countByValue, countGroups, countMatching, findSortedByIndex } from '../../src/data/embedded-query';
import type { Filter, Sort } from '../../src/data/document-store';

type Doc = Record<string, unknown>;

/** A small seeded PRNG, so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

/**
 * Deliveries of three announcements (one large), with statuses, some acknowledged, some with a reason, some
 * without a conversation id at all; indexed as the store indexes them.
 */
async function deliveries(): Promise<Datastore<Doc>> {
  const store = new Datastore<Doc>({ inMemoryOnly: true });
  await store.ensureIndexAsync({ fieldName: ['announcementId', 'conversationId'], unique: true });
  await store.ensureIndexAsync({ fieldName: 'conversationId' });
  await store.ensureIndexAsync({ fieldName: ['announcementId', 'status'] });
  const next = random(7);
  const docs: Doc[] = [];
  for (let i = 0; i < 3000; i += 1) {
    const announcementId = i < 2400 ? 'big' : i < 2900 ? 'small' : 'tiny';
    const roll = next();
    const doc: Doc = {
      _id: `${announcementId}|${i}`,
      announcementId,
      conversationId: `a:${String(Math.floor(next() * 5000)).padStart(5, '0')}-${i}`,
      status: roll < 0.5 ? 'sent' : roll < 0.8 ? 'pending' : 'failed',
      sentVersion: Math.floor(next() * 3),
      updatedAt: new Date(1_700_000_000_000 + Math.floor(next() * 1e6)),
    };
    if (next() < 0.2) doc.acknowledgedAt = new Date(1_700_000_000_000);
    if (doc.status === 'sent' && next() < 0.1) doc.failureReason = 'not_updated';
    docs.push(doc);
  }
  await store.insertAsync(docs);
  // Documents an index files under "no value".
  await store.insertAsync({ _id: 'loose-1', announcementId: 'big', status: 'pending' });
  await store.insertAsync({ _id: 'loose-2', announcementId: 'small', status: 'sent' });
  return store;
}

async function nedbFind(store: Datastore<Doc>, filter: Filter, sort: Sort, limit?: number): Promise<Doc[]> {
  let cursor = store.findAsync(filter).sort(sort);
  if (limit !== undefined) cursor = cursor.limit(limit);
  return (await cursor) as Doc[];
}

describe('embedded store reads on indexes (same answers as NeDB, without visiting every document)', () => {
  let store: Datastore<Doc>;

  beforeAll(async () => {
    store = await deliveries();
  });

  const pages: [string, Filter, Sort, number | undefined][] = [
    ['first page of one announcement', { announcementId: 'big' }, { conversationId: 1 }, 100],
    [
      'a page after a cursor',
      { announcementId: 'big', conversationId: { $gt: 'a:02500' } },
      { conversationId: 1 },
      100,
    ],
    [
      'sent below a version after a cursor (the edit pass)',
      { announcementId: 'big', status: 'sent', sentVersion: { $lt: 2 }, conversationId: { $gt: 'a:01000' } },
      { conversationId: 1 },
      50,
    ],
    ['descending, below a bound', { conversationId: { $lte: 'a:03000' } }, { conversationId: -1 }, 70],
    [
      'a closed range, no limit',
      { conversationId: { $gte: 'a:01000', $lt: 'a:01200' } },
      { conversationId: 1 },
      undefined,
    ],
    ['a range past every key', { conversationId: { $gt: 'b' } }, { conversationId: 1 }, 10],
    [
      'with $or and $exists',
      { $or: [{ status: 'failed' }, { acknowledgedAt: { $exists: true } }] },
      { conversationId: 1 },
      200,
    ],
    ['everything, descending', {}, { conversationId: -1 }, undefined],
  ];

  test.each(pages)('a sorted page: %s', async (_name, filter, sort, limit) => {
    const walked = findSortedByIndex(store, filter, sort, limit);
    expect(walked).toBeDefined();
    const expected = await nedbFind(store, filter, sort, limit);
    const got = (await walked) as Doc[];
    // Ties (equal keys) may come in another order; the keys and the set of documents may not differ.
    expect(got.map((d) => d.conversationId)).toEqual(expected.map((d) => d.conversationId));
    expect(new Set(got.map((d) => d._id))).toEqual(new Set(expected.map((d) => d._id)));
  });

  test('a returned page is a copy: changing it does not change the store', async () => {
    const [first] = (await findSortedByIndex(
      store,
      { announcementId: 'tiny' },
      { conversationId: 1 },
      1,
    )) as Doc[];
    (first as Doc).status = 'changed';
    expect(await store.countAsync({ status: 'changed' })).toBe(0);
  });

  test('a sort on a field without its own index, or on two fields, is left to NeDB', () => {
    expect(findSortedByIndex(store, {}, { status: 1 }, 10)).toBeUndefined();
    expect(findSortedByIndex(store, {}, { conversationId: 1, status: 1 }, 10)).toBeUndefined();
  });

  const counts: [string, Filter, string][] = [
    ['by status in one announcement (from the index groups)', { announcementId: 'big' }, 'status'],
    ['by status in an announcement that has none', { announcementId: 'none' }, 'status'],
    [
      'by reason among the sent ones with a reason',
      { announcementId: 'big', status: 'sent', failureReason: { $exists: true } },
      'failureReason',
    ],
    ['by announcement over everything', {}, 'announcementId'],
    ['by a field some documents lack', { announcementId: 'small' }, 'failureReason'],
  ];

  test.each(counts)('counts per value: %s', async (_name, filter, field) => {
    const expected = new Map<unknown, number>();
    for (const doc of (await store.findAsync(filter)) as Doc[]) {
      const value = doc[field] ?? null;
      expected.set(value, (expected.get(value) ?? 0) + 1);
    }
    expect(new Map([...(await countByValue(store, filter, field))].sort())).toEqual(
      new Map([...expected].sort()),
    );
  });

  test('counts per combination of values and presence, missing and null alike as null', async () => {
    await store.insertAsync({
      announcementId: 'nulls',
      conversationId: 'n:1',
      status: 'sent',
      failureReason: null,
      acknowledgedAt: null,
    });
    await store.insertAsync({ announcementId: 'nulls', conversationId: 'n:2', status: 'sent' });
    const filter = { announcementId: { $in: ['small', 'nulls'] } };
    const fields = { status: 'value', failureReason: 'value', acknowledgedAt: 'present' } as const;
    const expected = new Map<string, number>();
    for (const doc of (await store.findAsync(filter)) as Doc[]) {
      const key = JSON.stringify([doc.status ?? null, doc.failureReason ?? null, 'acknowledgedAt' in doc]);
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const groups = await countGroups(store, filter, fields);
    const got = new Map(
      groups.map((g) => [JSON.stringify([g.key.status, g.key.failureReason, g.key.acknowledgedAt]), g.count]),
    );
    expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
    expect(got.get(JSON.stringify(['sent', null, true]))).toBeGreaterThanOrEqual(1);
    await store.removeAsync({ announcementId: 'nulls' }, { multi: true });
  });

  const filters: [string, Filter][] = [
    ['one announcement and status (an index group)', { announcementId: 'big', status: 'sent' }],
    ['one delivery by its key', { announcementId: 'small', conversationId: 'nobody' }],
    ['one conversation', { conversationId: 'a:00000-0' }],
    [
      'acknowledged in one announcement (no index)',
      { announcementId: 'big', acknowledgedAt: { $exists: true } },
    ],
    ['everything', {}],
  ];

  test.each(filters)('counts: %s', async (_name, filter) => {
    expect(await countMatching(store, filter)).toBe(await store.countAsync(filter));
  });

  test('a count over more documents than one slice answers for its place in the queue, not for writes after it', async () => {
    const own = await deliveries();
    const filter: Filter = { announcementId: 'big', acknowledgedAt: { $exists: true } };
    const before = await own.countAsync(filter);
    const counting = countMatching(own, filter);
    const write = own.updateAsync(
      { announcementId: 'big', acknowledgedAt: { $exists: false } },
      { $set: { acknowledgedAt: new Date(1_700_000_000_000) } },
      { multi: true },
    );
    expect(await counting).toBe(before);
    const changed = await write;
    expect(await countMatching(own, filter)).toBe(before + changed.numAffected);
  });

  test('counts see a write queued just before them', async () => {
    const write = store.updateAsync({ _id: 'loose-1' }, { $set: { status: 'sent' } });
    const after = countMatching(store, { announcementId: 'big', status: 'pending' });
    await write;
    expect(await after).toBe(await store.countAsync({ announcementId: 'big', status: 'pending' }));
    await store.updateAsync({ _id: 'loose-1' }, { $set: { status: 'pending' } });
  });
});
