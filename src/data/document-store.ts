/**
 * The small, portable document-store surface the repositories are written against. It is the subset that
 * behaves the same on MongoDB, Azure Cosmos DB for MongoDB, FerretDB 1.x and the embedded store: single-document
 * writes, unique indexes, simple filters, counting. No transactions, no $lookup/$facet, no TTL indexes, and no
 * reliance on findOneAndUpdate being atomic (it is not on FerretDB 1.x); see conditional-writer.ts.
 */

/** A value that may stand in a filter or a stored field. */
export type Scalar = string | number | boolean | Date | null;

/** Comparison operators the repositories use; nothing else is allowed in a filter (see query-guard.ts). */
export interface FieldCondition {
  $in?: Scalar[];
  $nin?: Scalar[];
  $ne?: Scalar;
  $lt?: Scalar;
  $lte?: Scalar;
  $gt?: Scalar;
  $gte?: Scalar;
  $exists?: boolean;
}

/** A filter: field equality or conditions, optionally with one `$or` of sub-filters. */
export type Filter = { [field: string]: Scalar | FieldCondition | Filter[] | undefined } & { $or?: Filter[] };

/** A stored document: always a string `_id`. */
export type StoredDocument = { _id: string } & Record<string, unknown>;

/** Fields to set and fields to remove in one single-document write. */
export interface Change {
  set?: Record<string, unknown>;
  unset?: string[];
}

/** Sort order, in key order. */
export type Sort = Record<string, 1 | -1>;

/** One index, created idempotently at start-up. */
export interface IndexSpec {
  collection: string;
  name: string;
  key: Record<string, 1 | -1>;
  unique?: boolean;
}

/** How countGroups groups by each field: its value, or whether it is there. */
export type GroupFields = Record<string, 'value' | 'present'>;

/** One group of countGroups: each field's value (null when missing) or presence, and how many documents have it. */
export interface CountedGroup {
  key: Record<string, unknown>;
  count: number;
}

/** One collection of a backend. Every method throws AppError('STORE_UNAVAILABLE') when the store cannot be reached. */
export interface DocumentCollection {
  readonly name: string;
  findOne(filter: Filter, options?: { sort?: Sort }): Promise<StoredDocument | null>;
  find(filter: Filter, options?: { sort?: Sort; limit?: number }): Promise<StoredDocument[]>;
  count(filter: Filter): Promise<number>;
  /** Counts documents per distinct value of `field`, most first (ties by value), at most `limit` groups. */
  countBy(filter: Filter, field: string, limit?: number): Promise<{ value: unknown; count: number }[]>;
  /**
   * Counts documents per combination of the given top-level fields in one pass, in no particular order: a `value`
   * field groups by its value (missing and null as null), a `present` field by whether it exists (like `$exists`).
   */
  countGroups(filter: Filter, fields: GroupFields): Promise<CountedGroup[]>;
  /** Inserts one document; throws AppError('CONFLICT') when a unique index (or `_id`) already has the key. */
  insertOne(doc: StoredDocument): Promise<void>;
  /** Inserts documents one by one, skipping those that collide with a unique key; returns how many were new. */
  insertManyIgnoringDuplicates(docs: StoredDocument[]): Promise<number>;
  /** Applies a change to the first matching document; returns how many matched (0 or 1). */
  updateOne(filter: Filter, change: Change): Promise<number>;
  /** Applies a change to every matching document; returns how many matched. */
  updateMany(filter: Filter, change: Change): Promise<number>;
  /** Deletes every matching document; returns how many. */
  deleteMany(filter: Filter): Promise<number>;
}

/** A backend: named collections on one store. */
export interface DocumentStore {
  readonly kind: 'mongodb' | 'embedded';
  collection(name: string): DocumentCollection;
  /** True when the store answered a ping. Never throws. */
  healthy(): Promise<boolean>;
  /**
   * True when the store applies a filtered single-document update atomically (MongoDB, Cosmos DB for MongoDB, the
   * embedded store), so a compare-and-set is one `updateOne({ _id, _v })`; false where it does not (FerretDB 1.x,
   * which reads and then writes by _id), and while that is not known yet. See conditional-writer.ts.
   */
  atomicFilteredUpdates(): boolean;
  close(): Promise<void>;
}
