import { setImmediate as nextTurn } from 'node:timers/promises';
import type Datastore from '@seald-io/nedb';
import { compareThings, deepCopy, match } from '@seald-io/nedb/lib/model';
import type { CountedGroup, Filter, GroupFields, Sort, StoredDocument } from './document-store';

/**
 * Reads of the embedded store that NeDB (4.1) would answer by visiting or copying every candidate document, done on
 * its indexes instead, so their cost follows the page or the number of groups rather than the collection:
 *
 * - a sorted page (`find` with a sort on one indexed field and a limit, e.g. the audience read in conversation id
 *   order) walks that index in order and stops at the limit. NeDB itself collects every document matching the
 *   range, sorts them all and keeps `limit`: for 40 000 installations read 500 at a time that is 80 sorts of up
 *   to 40 000 documents (quadratic in the audience).
 * - a count by an equality filter that an index covers reads the index's group sizes; other counts tally the
 *   candidates in place instead of copying (and projecting) each one first, a slice at a time: a count over 40 000
 *   deliveries in one go held up everything else in the process (sends included) for tens of milliseconds.
 *
 * The reads run in NeDB's queue like its own, so they see every write queued before them. They use NeDB's
 * documented document functions (match, compareThings, deepCopy) and its index trees (the fields below); the
 * package is pinned to one version, and tests/data cover each path against NeDB's own answers.
 */

type Doc = Record<string, unknown>;

/** A node of NeDB's index tree (@seald-io/binary-search-tree): one key and the documents that have it. */
interface IndexNode {
  key?: unknown;
  data: Doc[];
  left: IndexNode | null;
  right: IndexNode | null;
}

interface NedbIndex {
  fieldName: string;
  _fields: string[];
  tree: { tree: IndexNode };
}

interface NedbInternals {
  indexes: Record<string, NedbIndex>;
  executor: { pushAsync<T>(task: () => Promise<T>): Promise<T> };
  _getRawCandidates(query: Filter): Doc[];
}

const internals = (store: Datastore<Doc>) => store as unknown as NedbInternals;

/** Below this many candidates NeDB's own plan (an equality index, then a sort) is cheap enough to keep. */
const SMALL_CANDIDATE_SET = 1000;

/** A value NeDB looks up in an index by equality. */
const isScalar = (value: unknown): boolean =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value);

const hasIn = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, '$in');

/**
 * How many candidates NeDB's own plan starts from when an equality (or `$in`) on an index narrows the filter, as
 * it picks them (single field first, then a compound index, then `$in`); undefined when it would take a range or
 * everything.
 */
function narrowedCandidates(store: NedbInternals, filter: Filter): number | undefined {
  const names = Object.keys(store.indexes);
  const entries = Object.entries(filter).filter(([field]) => field !== '$or');
  const single = entries.filter(
    ([field, value]) => names.includes(field) && (isScalar(value) || hasIn(value)),
  );
  const compound = names
    .filter((n) => n.includes(','))
    .find((n) => n.split(',').every((f) => entries.some(([field, value]) => field === f && isScalar(value))));
  if (single.length === 0 && compound === undefined) return undefined;
  return store._getRawCandidates(filter).length;
}

/** Visits index nodes in key order (or reverse) from the bound, until `visit` returns false. */
function walk(
  node: IndexNode | null,
  descending: boolean,
  beforeStart: (key: unknown) => boolean,
  visit: (node: IndexNode) => boolean,
): boolean {
  if (!node || !Object.prototype.hasOwnProperty.call(node, 'key')) return true;
  const first = descending ? node.right : node.left;
  const second = descending ? node.left : node.right;
  // Nodes before the start are skipped with the subtree on their near side.
  if (beforeStart(node.key)) return walk(second, descending, beforeStart, visit);
  return (
    walk(first, descending, beforeStart, visit) && visit(node) && walk(second, descending, beforeStart, visit)
  );
}

/** True when `key` lies before the range `condition` starts in the walking direction. */
function beforeRange(condition: unknown, descending: boolean): (key: unknown) => boolean {
  if (typeof condition !== 'object' || condition === null || condition instanceof Date) return () => false;
  const c = condition as Record<string, unknown>;
  const strict = descending ? '$lt' : '$gt';
  const inclusive = descending ? '$lte' : '$gte';
  const sign = descending ? -1 : 1;
  const has = (op: string) => Object.prototype.hasOwnProperty.call(c, op);
  return (key) =>
    (has(strict) && sign * compareThings(key, c[strict]) <= 0) ||
    (has(inclusive) && sign * compareThings(key, c[inclusive]) < 0);
}

/**
 * A sorted page by walking the index of the sort field, or undefined where that does not apply (no such index,
 * a sort on several fields, or a filter an index narrows to a few candidates, which NeDB sorts cheaply).
 */
export function findSortedByIndex(
  store: Datastore<Doc>,
  filter: Filter,
  sort: Sort,
  limit: number | undefined,
): Promise<StoredDocument[]> | undefined {
  const keys = Object.keys(sort);
  const field = keys[0];
  const nedb = internals(store);
  if (keys.length !== 1 || field === undefined || field.includes('.')) return undefined;
  const index = nedb.indexes[field];
  if (!index || index._fields.length !== 1) return undefined;
  const descending = sort[field] === -1;
  return nedb.executor
    .pushAsync(async () => {
      const narrowed = narrowedCandidates(nedb, filter);
      if (narrowed !== undefined && narrowed <= Math.max(SMALL_CANDIDATE_SET, limit ?? 0)) return null;
      const found: Doc[] = [];
      // A document whose field is an array sits under each of its values; it is returned once.
      const seen = new Set<Doc>();
      // Past the end of the range (walking the other way, it is before its start) the walk stops.
      const pastRange = beforeRange(filter[field], !descending);
      walk(index.tree.tree, descending, beforeRange(filter[field], descending), (node) => {
        if (pastRange(node.key)) return false;
        for (const doc of node.data) {
          if (seen.has(doc) || !match(doc, filter)) continue;
          seen.add(doc);
          found.push(doc);
          if (limit !== undefined && found.length >= limit) return false;
        }
        return true;
      });
      return found.map((doc) => deepCopy(doc) as StoredDocument);
    })
    .then((docs) => docs ?? fallback(store, filter, sort, limit));
}

async function fallback(
  store: Datastore<Doc>,
  filter: Filter,
  sort: Sort,
  limit: number | undefined,
): Promise<StoredDocument[]> {
  let cursor = store.findAsync(filter).sort(sort);
  if (limit !== undefined) cursor = cursor.limit(limit);
  return (await cursor) as unknown as StoredDocument[];
}

/** Candidates tallied at once; more are tallied in slices of this many, letting other work run in between. */
const TALLY_SLICE = 2000;

/**
 * The candidates NeDB would read for `filter`, copied in its queue: it never changes a stored document in place (an
 * update stores a new copy), so the copy is the collection as it was at that point in the queue, and tallying it
 * later gives the answer a count made there would have given.
 */
function candidatesNow(store: NedbInternals, filter: Filter): Doc[] {
  return store._getRawCandidates(filter).slice();
}

/** Visits documents in slices, letting other work run between them. */
async function eachInSlices(docs: Doc[], visit: (doc: Doc) => void): Promise<void> {
  for (let start = 0; start < docs.length; start += TALLY_SLICE) {
    if (start > 0) await nextTurn();
    const end = Math.min(docs.length, start + TALLY_SLICE);
    for (let i = start; i < end; i += 1) visit(docs[i] as Doc);
  }
}

/** The compound or single index whose fields are exactly `fields` (in any order). */
function indexOn(store: NedbInternals, fields: string[]): NedbIndex | undefined {
  const wanted = [...fields].sort().join(',');
  return Object.values(store.indexes).find((i) => [...i._fields].sort().join(',') === wanted);
}

/** The filter's fields when each is a plain equality (no conditions, no `$or`), else undefined. */
function equalityFields(filter: Filter): string[] | undefined {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined);
  const plain = entries.every(([field, value]) => field !== '$or' && isScalar(value));
  return plain ? entries.map(([field]) => field) : undefined;
}

const keyPart = (key: unknown, field: string, fields: string[]): unknown =>
  fields.length === 1 ? key : (key as Doc | undefined)?.[field];

/**
 * Documents per distinct value of `field` among those matching `filter`. With an equality filter that, with
 * `field`, is exactly an index's fields (deliveries of an announcement by status), the answer is the sizes of that
 * index's groups; otherwise the candidates NeDB would read are tallied in place.
 */
export async function countByValue(
  store: Datastore<Doc>,
  filter: Filter,
  field: string,
): Promise<Map<unknown, number>> {
  const nedb = internals(store);
  const counts = new Map<unknown, number>();
  const candidates = await nedb.executor.pushAsync(async () => {
    const fields = equalityFields(filter);
    const index = fields && !fields.includes(field) ? indexOn(nedb, [...fields, field]) : undefined;
    if (index && fields) {
      walk(
        index.tree.tree,
        false,
        () => false,
        (node) => {
          const matches = fields.every(
            (f) => compareThings(keyPart(node.key, f, index._fields), filter[f]) === 0,
          );
          const value = keyPart(node.key, field, index._fields) ?? null;
          if (matches && node.data.length > 0) counts.set(value, (counts.get(value) ?? 0) + node.data.length);
          return true;
        },
      );
      return [];
    }
    return candidatesNow(nedb, filter);
  });
  await eachInSlices(candidates, (doc) => {
    if (!match(doc, filter)) return;
    const value = doc[field] ?? null;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  return counts;
}

/** A value as part of a group's map key: equal keys for values NeDB compares equal (dates by time). */
const groupPart = (value: unknown): string =>
  value instanceof Date ? `d${value.getTime()}` : `${typeof value}${JSON.stringify(value)}`;

/** Documents per combination of `fields` (values, or presence) among those matching `filter`, tallied in place. */
export async function countGroups(
  store: Datastore<Doc>,
  filter: Filter,
  fields: GroupFields,
): Promise<CountedGroup[]> {
  const nedb = internals(store);
  const names = Object.keys(fields);
  const candidates = await nedb.executor.pushAsync(async () => candidatesNow(nedb, filter));
  const groups = new Map<string, CountedGroup>();
  await eachInSlices(candidates, (doc) => {
    if (!match(doc, filter)) return;
    const values = names.map((n) => (fields[n] === 'present' ? doc[n] !== undefined : (doc[n] ?? null)));
    const id = values.map(groupPart).join('|');
    const group = groups.get(id);
    if (group) group.count += 1;
    else groups.set(id, { key: Object.fromEntries(names.map((n, i) => [n, values[i]])), count: 1 });
  });
  return [...groups.values()];
}

/** How many documents match: from an index's group when the filter is an equality it covers, else in place. */
export async function countMatching(store: Datastore<Doc>, filter: Filter): Promise<number> {
  const nedb = internals(store);
  const found = await nedb.executor.pushAsync(async () => {
    const fields = equalityFields(filter);
    const index = fields && fields.length > 0 ? indexOn(nedb, fields) : undefined;
    if (index && fields) {
      const key =
        index._fields.length === 1
          ? filter[index.fieldName]
          : Object.fromEntries(index._fields.map((f) => [f, filter[f]]));
      return searchTree(index.tree.tree, key).length;
    }
    return candidatesNow(nedb, filter);
  });
  if (typeof found === 'number') return found;
  let n = 0;
  await eachInSlices(found, (doc) => {
    if (match(doc, filter)) n += 1;
  });
  return n;
}

/** The documents under one key of an index tree. */
function searchTree(node: IndexNode | null, key: unknown): Doc[] {
  let at = node;
  while (at && Object.prototype.hasOwnProperty.call(at, 'key')) {
    const c = compareThings(key, at.key);
    if (c === 0) return at.data;
    at = c < 0 ? at.left : at.right;
  }
  return [];
}
