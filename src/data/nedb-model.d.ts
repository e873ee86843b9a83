/**
 * NeDB's document functions (not in its published types): the serialiser (one document as one line of its data
 * file), its query matcher, its ordering of values (the one its indexes and sorts use), its document copy and an
 * index's key of a document.
 */
declare module '@seald-io/nedb/lib/model' {
  export function serialize(doc: unknown): string;
  export function match(doc: unknown, query: unknown): boolean;
  export function compareThings(a: unknown, b: unknown): number;
  export function deepCopy<T>(doc: T): T;
  export function getDotValues(doc: unknown, fields: string[]): unknown;
}

/** NeDB's index class (one per indexed field or fields), whose upkeep embedded-index-updates.ts adjusts. */
declare module '@seald-io/nedb/lib/indexes' {
  const Index: { prototype: object };
  export default Index;
}
