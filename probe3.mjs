import { MongoClient } from 'mongodb';
const c = new MongoClient('mongodb://127.0.0.1:41201/'); await c.connect();
const dbs = (await c.db().admin().listDatabases()).databases.map(d => d.name).filter(n => n.startsWith('hp_broadcast_'));
for (const name of dbs) {
  const db = c.db(name);
  const del = await db.collection('deliveries').aggregate([{ $group: { _id: '$status', n: { $sum: 1 } } }]).toArray();
  const b = await db.collection('delivery_batches').find({}, { projection: { recipients: 0 } }).toArray();
  const lease = await db.collection('leases').find().toArray();
  const m = await db.collection('revision_markers').countDocuments();
  console.log(name, JSON.stringify(del), 'batches', b.length, JSON.stringify(b.slice(0, 25).map(x => [x.seq, x.claims, x.claimedBy, x.done ?? false])), JSON.stringify(lease.map(l => [l.owner, l.expiresAt])), 'markers', m, new Date());
}
await c.close();
