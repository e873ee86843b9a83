import type { DocumentCollection, DocumentStore } from './document-store';

/** Methods of a collection that each make one request to the store. */
const OPERATIONS = [
  'findOne',
  'find',
  'count',
  'countBy',
  'insertOne',
  'insertManyIgnoringDuplicates',
  'updateOne',
  'updateMany',
  'deleteMany',
] as const satisfies readonly (keyof DocumentCollection)[];

/**
 * A document store that counts the requests made through it (one per collection call), so benchmarks and the
 * health figures can say how much store work each delivery costs. Adds one increment per call, nothing else.
 */
export class CountingDocumentStore implements DocumentStore {
  private count = 0;
  private readonly wrapped = new Map<string, DocumentCollection>();

  constructor(private readonly inner: DocumentStore) {}

  get kind(): DocumentStore['kind'] {
    return this.inner.kind;
  }

  /** Requests made since the store was opened. */
  get operations(): number {
    return this.count;
  }

  collection(name: string): DocumentCollection {
    let collection = this.wrapped.get(name);
    if (!collection) {
      const inner = this.inner.collection(name);
      const counted: Record<string, unknown> = { name: inner.name };
      for (const method of OPERATIONS) {
        const call = (inner[method] as (...args: unknown[]) => Promise<unknown>).bind(inner);
        counted[method] = (...args: unknown[]) => {
          this.count += 1;
          return call(...args);
        };
      }
      collection = counted as unknown as DocumentCollection;
      this.wrapped.set(name, collection);
    }
    return collection;
  }

  healthy(): Promise<boolean> {
    return this.inner.healthy();
  }

  atomicFilteredUpdates(): boolean {
    return this.inner.atomicFilteredUpdates();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
