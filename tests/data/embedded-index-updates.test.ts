import Datastore from '@seald-io/nedb';
import { getDotValues } from '@seald-io/nedb/lib/model';
import { useInPlaceIndexUpdates } from '../../src/data/embedded-index-updates';

type Doc = Record<string, unknown>;

interface Node {
  key?: unknown;
  data: Doc[];
  left: Node | null;
  right: Node | null;
}

/** Every (key, _id) an index holds, walking its tree. */
function indexed(store: Datastore<Doc>, name: string): string[] {
  const index = (store as unknown as { indexes: Record<string, { tree: { tree: Node } }> }).indexes[name];
  const out: string[] = [];
  const visit = (node: Node | null) => {
    if (!node || !Object.prototype.hasOwnProperty.call(node, 'key')) return;
    visit(node.left);
    for (const doc of node.data) out.push(`${JSON.stringify(node.key)} ${String(doc._id)}`);
    visit(node.right);
  };
  visit(index?.tree.tree ?? null);
  return out.sort();
}

/** What the index should hold: each stored document once, under its current key. */
function expected(store: Datastore<Doc>, fields: string[]): string[] {
  return store
    .getAllData()
    .map((doc) => `${JSON.stringify(getDotValues(doc, fields))} ${String(doc._id)}`)
    .sort();
}

describe('embedded store index upkeep in place', () => {
  beforeAll(() => useInPlaceIndexUpdates());

  async function deliveries(): Promise<Datastore<Doc>> {
    const store = new Datastore<Doc>({ inMemoryOnly: true });
    await store.ensureIndexAsync({ fieldName: ['announcementId', 'status'] });
    await store.ensureIndexAsync({ fieldName: ['announcementId', 'conversationId'], unique: true });
    await store.ensureIndexAsync({ fieldName: 'conversationId' });
    const docs: Doc[] = [];
    for (let i = 0; i < 500; i += 1)
      docs.push({ _id: `a|${i}`, announcementId: 'a', conversationId: `c${i}`, status: 'pending' });
    await store.insertAsync(docs);
    return store;
  }

  const check = (store: Datastore<Doc>) => {
    expect(indexed(store, 'announcementId,status')).toEqual(expected(store, ['announcementId', 'status']));
    expect(indexed(store, 'announcementId,conversationId')).toEqual(
      expected(store, ['announcementId', 'conversationId']),
    );
    expect(indexed(store, 'conversationId')).toEqual(expected(store, ['conversationId']));
    expect(indexed(store, '_id')).toEqual(expected(store, ['_id']));
  };

  test('marking deliveries sent one by one, in and out of order, keeps every index exact', async () => {
    const store = await deliveries();
    for (let i = 0; i < 500; i += 7)
      await store.updateAsync({ _id: `a|${i}` }, { $set: { status: 'sent', activityId: `x${i}` } });
    for (let i = 499; i >= 0; i -= 5)
      await store.updateAsync({ _id: `a|${i}` }, { $set: { status: 'failed' } });
    // Same key (an edit of a sent message): the document is swapped in place.
    await store.updateAsync({ status: 'sent' }, { $set: { sentVersion: 2 } }, { multi: true });
    check(store);
    expect(await store.countAsync({ announcementId: 'a', status: 'pending' })).toBe(
      store.getAllData().filter((d) => d.status === 'pending').length,
    );
    expect(await store.findAsync({ status: 'sent', sentVersion: 2 })).toHaveLength(
      store.getAllData().filter((d) => d.status === 'sent').length,
    );
  });

  test('an update refused for a unique key changes nothing, in any index', async () => {
    const store = await deliveries();
    await store.updateAsync({ _id: 'a|3' }, { $set: { status: 'sent' } });
    const before = store.getAllData().map((d) => ({ ...d }));
    await expect(
      store.updateAsync(
        { _id: { $in: ['a|1', 'a|2'] } },
        { $set: { conversationId: 'c9', status: 'sent' } },
        { multi: true },
      ),
    ).rejects.toThrow(/unique/);
    await expect(store.updateAsync({ _id: 'a|4' }, { $set: { conversationId: 'c5' } })).rejects.toThrow(
      /unique/,
    );
    check(store);
    expect(store.getAllData().map((d) => ({ ...d }))).toEqual(before);
  });

  test('removing documents from a shared key and from a key of their own keeps every index exact', async () => {
    const store = await deliveries();
    await store.removeAsync({ _id: { $in: ['a|0', 'a|250', 'a|499'] } }, { multi: true });
    await store.updateAsync({ _id: 'a|10' }, { $set: { status: 'sent' } });
    await store.removeAsync({ _id: 'a|10' }, {});
    check(store);
    expect(store.getAllData()).toHaveLength(496);
  });

  test("array-valued keys still go NeDB's own way", async () => {
    const store = new Datastore<Doc>({ inMemoryOnly: true });
    await store.ensureIndexAsync({ fieldName: 'tags' });
    await store.insertAsync([
      { _id: '1', tags: ['x', 'y'] },
      { _id: '2', tags: ['y'] },
    ]);
    await store.updateAsync({ _id: '1' }, { $set: { tags: ['y', 'z'] } });
    await store.updateAsync({ _id: '2' }, { $set: { other: 1 } });
    const keys = indexed(store, 'tags');
    expect(keys).toEqual(['"y" 1', '"y" 2', '"z" 1'].sort());
  });
});
