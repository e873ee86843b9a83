import { MongoClient } from 'mongodb';
const c = new MongoClient('mongodb://127.0.0.1:41201/');
await c.connect();
const db = c.db('probe_' + Date.now());
const coll = db.collection('d');
await coll.createIndex({ a: 1, c: 1 });
await coll.createIndex({ a: 1, b: 1 });
const N = Number(process.argv[2] ?? 10000);
let t = Date.now();
for (let s = 0; s < N; s += 1000) {
  const docs = [];
  for (let i = s; i < Math.min(N, s + 1000); i++) docs.push({ _id: 'x:' + i, a: 'ann', b: Math.floor(i / 100), c: 'conv-' + i, st: 'pending' });
  await coll.insertMany(docs, { ordered: false });
}
console.log('insert', N, Date.now() - t, 'ms');
const time = async (label, fn, n = 20) => { const t0 = performance.now(); for (let i = 0; i < n; i++) await fn(i); console.log(label, ((performance.now() - t0) / n).toFixed(2), 'ms'); };
await time('findOne _id', (i) => coll.findOne({ _id: 'x:' + (i * 37) }));
await time('findOne a+c', (i) => coll.findOne({ a: 'ann', c: 'conv-' + (i * 37) }));
await time('find a+b', (i) => coll.find({ a: 'ann', b: i }).toArray());
await time('find _id $in 100', (i) => coll.find({ _id: { $in: Array.from({ length: 100 }, (_, k) => 'x:' + (i * 100 + k)) } }).toArray());
await time('updateOne _id', (i) => coll.updateOne({ _id: 'x:' + (i * 37) }, { $set: { st: 'sent' } }));
await time('bulkWrite 100 by _id', (i) => coll.bulkWrite(Array.from({ length: 100 }, (_, k) => ({ updateOne: { filter: { _id: 'x:' + (i * 100 + k) }, update: { $set: { st: 'sent', act: 'a' + k } } } })), { ordered: false }), 5);
await time('updateMany a+b', (i) => coll.updateMany({ a: 'ann', b: 50 + i }, { $set: { st: 'sent' } }), 5);
await time('count a+st', () => coll.countDocuments({ a: 'ann', st: 'sent' }), 5);
await time('findOneAndUpdate _id', (i) => coll.findOneAndUpdate({ _id: 'x:' + (i * 41), st: 'pending' }, { $set: { st: 'claimed' } }));
await db.dropDatabase();
await c.close();
