import Index from '@seald-io/nedb/lib/indexes';
import { compareThings, getDotValues } from '@seald-io/nedb/lib/model';

/**
 * Index upkeep of NeDB (4.1) in time that does not grow with the documents sharing a key.
 *
 * NeDB keeps, per index, a tree node per key holding the array of documents with that key. To take one document
 * out of a key that many documents share, the tree builds a new array of all the others; and an update takes the
 * old document out of every index and puts the new one in, also where its key did not change. Deliveries are
 * indexed by (announcement, status): marking one of 40 000 pending deliveries sent copied the array of the ones
 * still pending (on average 20 000) once per delivery. That was most of the embedded store's time in a 40 000
 * recipient broadcast (29 % of the busy time, quadratic in the audience) and, as large short-lived arrays, what
 * made the heap grow to four times its live size.
 *
 * Here an update whose key did not change swaps the document in place, and removing one document from a shared key
 * splices it out of the array in place (found by identity, as NeDB's indexes compare documents). Everything else
 * (array-valued keys, sparse indexes, unique-key checks and their roll-back) stays NeDB's own.
 */

type Doc = Record<string, unknown>;

interface TreeNode {
  key?: unknown;
  data: Doc[];
  left: TreeNode | null;
  right: TreeNode | null;
}

interface NedbIndex {
  _fields: string[];
  sparse: boolean;
  tree: { tree: TreeNode };
  remove(doc: Doc | Doc[]): void;
  update(oldDoc: Doc | { oldDoc: Doc; newDoc: Doc }[], newDoc?: Doc): void;
}

/** The node holding `key`, if any. */
function nodeOf(index: NedbIndex, key: unknown): TreeNode | undefined {
  let at: TreeNode | null = index.tree.tree;
  while (at && Object.prototype.hasOwnProperty.call(at, 'key')) {
    const c = compareThings(key, at.key);
    if (c === 0) return at;
    at = c < 0 ? at.left : at.right;
  }
  return undefined;
}

/** The document's key in this index, when it is a single key (not an array of them) and the index is not sparse. */
function singleKey(index: NedbIndex, doc: Doc): { key: unknown } | undefined {
  if (index.sparse) return undefined;
  const key: unknown = getDotValues(doc, index._fields);
  if (Array.isArray(key)) return undefined;
  if (typeof key === 'object' && key !== null && !(key instanceof Date)) {
    if (Object.values(key).some((v) => Array.isArray(v))) return undefined;
  }
  return { key };
}

/** Puts `newDoc` where `oldDoc` is when both have the same key; false when NeDB's own way is needed. */
function replaceInPlace(index: NedbIndex, oldDoc: Doc, newDoc: Doc): boolean {
  const before = singleKey(index, oldDoc);
  const after = singleKey(index, newDoc);
  if (!before || !after || compareThings(before.key, after.key) !== 0) return false;
  const data = nodeOf(index, before.key)?.data;
  const at = data ? data.indexOf(oldDoc) : -1;
  if (!data || at < 0) return false;
  data[at] = newDoc;
  return true;
}

let installed = false;

/** Installs the in-place upkeep on NeDB's index class, once per process (every embedded store shares it). */
export function useInPlaceIndexUpdates(): void {
  if (installed) return;
  installed = true;
  const proto = (Index as unknown as { prototype: NedbIndex }).prototype;
  const remove = proto.remove;
  const update = proto.update;

  proto.remove = function (this: NedbIndex, doc: Doc | Doc[]): void {
    if (!Array.isArray(doc)) {
      const single = singleKey(this, doc);
      const data = single ? nodeOf(this, single.key)?.data : undefined;
      // A key shared with others: only this document goes (NeDB would copy all the others into a new array).
      if (data && data.length > 1) {
        const at = data.indexOf(doc);
        if (at >= 0) data.splice(at, 1);
        return;
      }
    }
    remove.call(this, doc);
  };

  proto.update = function (
    this: NedbIndex,
    oldDoc: Doc | { oldDoc: Doc; newDoc: Doc }[],
    newDoc?: Doc,
  ): void {
    if (!Array.isArray(oldDoc)) {
      if (!replaceInPlace(this, oldDoc, newDoc as Doc)) update.call(this, oldDoc, newDoc);
      return;
    }
    // Pairs whose key changes go NeDB's way first (it may refuse one for a unique key and roll its own back);
    // only then are the others swapped, which cannot fail.
    const samekey = oldDoc.filter((p) => {
      const a = singleKey(this, p.oldDoc);
      const b = singleKey(this, p.newDoc);
      return a !== undefined && b !== undefined && compareThings(a.key, b.key) === 0;
    });
    const moving = oldDoc.filter((p) => !samekey.includes(p));
    if (moving.length > 0) update.call(this, moving);
    for (const pair of samekey) {
      if (!replaceInPlace(this, pair.oldDoc, pair.newDoc)) {
        remove.call(this, pair.oldDoc);
        (this as unknown as { insert(doc: Doc): void }).insert(pair.newDoc);
      }
    }
  };
}
