import { isAppError } from '../../src/errors';
import { assertSafeDocument, assertSafeFilter, scalar } from '../../src/data/query-guard';
import type { Filter } from '../../src/data/document-store';

const badInput = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return isAppError(err, 'BAD_INPUT');
  }
  return false;
};

describe('query guard', () => {
  test('lets plain values through and refuses objects in their place', () => {
    for (const v of ['a:1', 3, true, null, new Date()]) expect(scalar(v)).toBe(v);
    for (const v of [{ $ne: null }, { $gt: '' }, ['a'], undefined, Number.NaN, new Date('x'), () => 1]) {
      expect(badInput(() => scalar(v))).toBe(true);
    }
  });

  test('accepts the filters the repositories build', () => {
    const filters: Filter[] = [
      { _id: 'x' },
      {
        announcementId: 'a',
        status: 'pending',
        $or: [{ claimedAt: { $exists: false } }, { claimedAt: { $lt: new Date() } }],
      },
      { conversationType: { $in: ['personal', 'channel'] }, conversationId: { $gt: 'a:1' } },
      { helpful: false, topicId: { $exists: true } },
    ];
    for (const f of filters) expect(() => assertSafeFilter(f)).not.toThrow();
  });

  test('refuses operators it does not know, operator field names and nested operator objects', () => {
    const evil = [
      { $where: 'sleep(1000)' },
      { question: { $regex: '.*' } },
      { status: { $expr: { $eq: [1, 1] } } },
      { status: { $in: [{ $gt: '' }] } },
      { status: { $ne: { $exists: true } } },
      { reference: { serviceUrl: 'x' } },
      { $or: [{ a: { $where: 'x' } }] },
      { $or: { a: 1 } },
      { active: { $exists: 'yes' } },
    ] as unknown as Filter[];
    for (const f of evil) expect(badInput(() => assertSafeFilter(f))).toBe(true);
  });

  test('refuses documents with keys that start with $ or contain a dot, at any depth', () => {
    expect(() => assertSafeDocument({ a: 1, b: { c: [{ d: new Date() }] } })).not.toThrow();
    expect(badInput(() => assertSafeDocument({ $set: { active: false } }))).toBe(true);
    expect(badInput(() => assertSafeDocument({ a: { 'b.c': 1 } }))).toBe(true);
    expect(badInput(() => assertSafeDocument({ a: [{ $inc: 1 }] }))).toBe(true);
  });
});
