import { EmbeddedDocumentStore } from '../../src/data/embedded-document-store';
import type { Filter } from '../../src/data/document-store';
import { createLogger } from '../../src/logger';

// The embedded store answers every filter the repositories may write as MongoDB does (see embedded-sql.ts), so a
// repository behaves the same on both stores. The contract tests cover the repositories; these cover the corners
// of MongoDB's meaning that SQLite would answer otherwise.
describe('embedded store filters mean what they mean on MongoDB', () => {
  const store = new EmbeddedDocumentStore({
    dataDir: '',
    inMemory: true,
    indexes: [{ collection: 'things', name: 'n', key: { n: 1 } }],
    logger: createLogger('silent'),
  });
  const things = store.collection('things');
  const jan = new Date('2026-01-15T12:00:00.000Z');
  const jun = new Date('2026-06-15T12:00:00.000Z');

  beforeAll(async () => {
    await things.insertManyIgnoringDuplicates([
      { _id: 'missing' },
      { _id: 'null', n: null, flag: null, at: null, text: null },
      { _id: 'one', n: 1, flag: true, at: jan, text: 'a' },
      { _id: 'zero', n: 0, flag: false, at: jun, text: 'b' },
      { _id: 'text-one', n: '1', text: '\u0001marked by a user' },
      { _id: 'nested', n: 2, ref: { conversation: { id: 'a:1' }, when: jun } },
      { _id: 'yes', n: true, flag: 1 },
    ]);
  });
  afterAll(() => store.close());

  const ids = async (filter: Filter) => (await things.find(filter, { sort: { _id: 1 } })).map((d) => d._id);

  test.each<[string, Filter, string[]]>([
    ['null matches a missing field too', { n: null }, ['missing', 'null']],
    [
      '$ne matches a missing field',
      { n: { $ne: 1 } },
      ['missing', 'nested', 'null', 'text-one', 'yes', 'zero'],
    ],
    [
      '$ne null means "is there and not null"',
      { n: { $ne: null } },
      ['nested', 'one', 'text-one', 'yes', 'zero'],
    ],
    [
      '$nin matches a missing field',
      { n: { $nin: [0, 1] } },
      ['missing', 'nested', 'null', 'text-one', 'yes'],
    ],
    ['$nin with null leaves missing out', { n: { $nin: [null, 0] } }, ['nested', 'one', 'text-one', 'yes']],
    ['a number is not the same text', { n: 1 }, ['one']],
    ['text is not the same number', { n: '1' }, ['text-one']],
    ['true is not the number 1', { flag: true }, ['one']],
    ['false is not the number 0', { flag: false }, ['zero']],
    ['a number is not true', { n: { $in: [1] } }, ['one']],
    ['a number range leaves text out', { n: { $gte: 1 } }, ['nested', 'one']],
    ['a text range leaves numbers out', { n: { $gte: '0' } }, ['text-one']],
    ['dates compare as dates', { at: { $gt: jan } }, ['zero']],
    [
      '$exists false: only a missing field',
      { at: { $exists: false } },
      ['missing', 'nested', 'text-one', 'yes'],
    ],
    ['$exists true: null counts as there', { flag: { $exists: true } }, ['null', 'one', 'yes', 'zero']],
    ['$or of conditions', { $or: [{ n: 0 }, { text: 'a' }] }, ['one', 'zero']],
    ['$in with null', { n: { $in: [null, 2] } }, ['missing', 'nested', 'null']],
  ])('%s', async (_what, filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  test('documents come back as they went in: dates as dates, marked text as the text, nested values whole', async () => {
    expect(await things.findOne({ _id: 'one' })).toEqual({
      _id: 'one',
      n: 1,
      flag: true,
      at: jan,
      text: 'a',
    });
    expect((await things.findOne({ _id: 'text-one' }))?.text).toBe('\u0001marked by a user');
    expect((await things.findOne({ _id: 'nested' }))?.ref).toEqual({
      conversation: { id: 'a:1' },
      when: jun,
    });
  });

  // (A field that holds true in one document and numbers in others would sort the boolean among the numbers: no
  // repository sorts on such a field.)
  test('sorts put missing and null first, then numbers, then text, as MongoDB does', async () => {
    const sorted = (await things.find({ _id: { $ne: 'yes' } }, { sort: { n: 1, _id: 1 } })).map((d) => d._id);
    expect(sorted).toEqual(['missing', 'null', 'zero', 'one', 'nested', 'text-one']);
  });

  test('grouped counts keep missing and null together and tell true from 1', async () => {
    const groups = await things.countGroups({}, { flag: 'value', at: 'present' });
    const byKey = Object.fromEntries(groups.map((g) => [JSON.stringify(g.key), g.count]));
    expect(byKey).toEqual({
      '{"flag":null,"at":false}': 3,
      '{"flag":null,"at":true}': 1,
      '{"flag":true,"at":true}': 1,
      '{"flag":false,"at":true}': 1,
      '{"flag":1,"at":false}': 1,
    });
  });

  test('an update sets and removes fields of the first match only, and says how many it changed', async () => {
    const scratch = store.collection('scratch');
    await scratch.insertManyIgnoringDuplicates([
      { _id: 'a', kind: 'x', n: 1 },
      { _id: 'b', kind: 'x', n: 2 },
    ]);
    expect(await scratch.updateOne({ kind: 'x' }, { set: { done: jun }, unset: ['n'] })).toBe(1);
    expect(await scratch.count({ done: jun })).toBe(1);
    expect(await scratch.count({ n: { $exists: false } })).toBe(1);
    expect(await scratch.updateMany({ kind: 'x' }, { set: { kind: 'y' } })).toBe(2);
    expect(await scratch.updateOne({ kind: 'x' }, { set: { kind: 'z' } })).toBe(0);
  });
});
