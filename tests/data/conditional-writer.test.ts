import { ConditionalWriter, VERSION_FIELD } from '../../src/data/conditional-writer';
import { EmbeddedDocumentStore } from '../../src/data/embedded-document-store';
import { createLogger } from '../../src/logger';

describe('conditional writer', () => {
  const store = new EmbeddedDocumentStore({
    dataDir: '',
    inMemory: true,
    indexes: [],
    logger: createLogger('silent'),
  });
  const docs = store.collection('docs');
  const markers = store.collection('markers');

  test('a marker left by a writer that died is taken over once it is stale', async () => {
    await docs.insertOne({ _id: 'd1', n: 1, [VERSION_FIELD]: 'v1' });
    // A writer claimed version v1 and died before writing the document.
    await markers.insertOne({ _id: 'docs/d1/v1', at: new Date(Date.now() - 60_000) });
    const fresh = new ConditionalWriter(markers, { staleMarkerMs: 120_000, maxWaitMs: 100 });
    await expect(
      fresh.update(docs, 'd1', () => ({ set: { n: 2 } }), { contention: 'skip' }),
    ).resolves.toBeNull();
    const writer = new ConditionalWriter(markers, { staleMarkerMs: 30_000 });
    const written = await writer.update(docs, 'd1', () => ({ set: { n: 2 } }), { contention: 'wait' });
    expect(written).toMatchObject({ n: 2 });
    expect(written?.[VERSION_FIELD]).not.toBe('v1');
  });

  test('waiting for a writer that never finishes ends in a CONFLICT error, not a hang', async () => {
    await docs.insertOne({ _id: 'd2', n: 1, [VERSION_FIELD]: 'v1' });
    await markers.insertOne({ _id: 'docs/d2/v1', at: new Date() });
    const writer = new ConditionalWriter(markers, { maxWaitMs: 50 });
    await expect(
      writer.update(docs, 'd2', () => ({ set: { n: 2 } }), { contention: 'wait' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  test('old markers are purged', async () => {
    await markers.insertOne({ _id: 'docs/x/old', at: new Date(Date.now() - 2 * 86_400_000) });
    const writer = new ConditionalWriter(markers);
    expect(await writer.purgeOlderThan(new Date(Date.now() - 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await markers.findOne({ _id: 'docs/x/old' })).toBeNull();
  });
});
