import { ConditionalWriter, VERSION_FIELD } from '../../src/data/conditional-writer';
import { EmbeddedDocumentStore } from '../../src/data/embedded-document-store';
import { DocumentDeliveryRepository } from '../../src/data/delivery-repository';
import { DocumentLeaseRepository } from '../../src/data/lease-repository';
import { createLogger } from '../../src/logger';

// A process killed between its marker and its write (see conditional-writer.ts) leaves the marker behind. For
// documents that only last seconds (a lease, a claim on a delivery) it must not count for longer than they do.
describe('a writer killed part way', () => {
  const store = new EmbeddedDocumentStore({
    dataDir: '',
    inMemory: true,
    indexes: [],
    logger: createLogger('silent'),
  });
  const leasesCollection = store.collection('leases');
  const markers = store.collection('markers');
  // The writer's general patience for an unfinished write is long (30 s); a lease is much shorter.
  const writer = new ConditionalWriter(markers, { staleMarkerMs: 30_000, maxWaitMs: 2_000 });
  const leases = new DocumentLeaseRepository(leasesCollection, writer);
  const deliveriesCollection = store.collection('deliveries');
  const batchesCollection = store.collection('delivery_batches');
  const deliveries = new DocumentDeliveryRepository(
    deliveriesCollection,
    writer,
    batchesCollection,
    store.collection('delivery_receipts'),
  );

  test('a holder killed between its marker and its renewal does not keep the lease beyond its time-to-live', async () => {
    const ttl = 200;
    const t0 = new Date();
    expect(await leases.acquire('broadcast', 'killed', ttl, t0)).toBe(true);
    // The holder began a renewal (its marker for the current version is in) and was killed before writing.
    const current = await leasesCollection.findOne({ _id: 'broadcast' });
    await markers.insertOne({ _id: `leases/broadcast/${String(current?.[VERSION_FIELD])}`, at: new Date() });

    // While the lease runs, the other instance is refused.
    expect(await leases.acquire('broadcast', 'standby', ttl, new Date(t0.getTime() + ttl / 2))).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, ttl + 50));
    const started = Date.now();
    expect(await leases.acquire('broadcast', 'standby', ttl, new Date())).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await leasesCollection.findOne({ _id: 'broadcast' })).toMatchObject({ owner: 'standby' });
  });

  test('a sender killed while claiming a batch of deliveries does not hold it beyond the claim time', async () => {
    await deliveries.createPending('ann', ['a:1', 'a:2']);
    const first = await batchesCollection.findOne({ announcementId: 'ann' });
    // Its marker on the batch is two seconds old; claims in this test last one and a half.
    await markers.insertOne({
      _id: `delivery_batches/${String(first?._id)}/${String(first?.[VERSION_FIELD])}`,
      at: new Date(Date.now() - 2000),
    });
    const claimed = await deliveries.claimPending('ann', 'standby', 10, new Date(Date.now() - 1500));
    expect(claimed.map((d) => d.conversationId).sort()).toEqual(['a:1', 'a:2']);
    expect(claimed.every((d) => d.claimedBy === 'standby')).toBe(true);
  });

  test('a marker younger than the claim time still keeps a batch from a second claimer', async () => {
    await deliveries.createPending('ann-2', ['a:1']);
    const first = await batchesCollection.findOne({ announcementId: 'ann-2' });
    await markers.insertOne({
      _id: `delivery_batches/${String(first?._id)}/${String(first?.[VERSION_FIELD])}`,
      at: new Date(),
    });
    expect(await deliveries.claimPending('ann-2', 'standby', 10, new Date(Date.now() - 1500))).toEqual([]);
  });
});
