/** NeDB's document serialiser (not in its published types): one document as one line of its data file. */
declare module '@seald-io/nedb/lib/model' {
  export function serialize(doc: unknown): string;
}
