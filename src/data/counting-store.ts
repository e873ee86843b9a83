import type { DocumentCollection, DocumentStore } from './document-store';

/** Methods of a collection that each make one request to the store. */
const OPERATIONS = [
  'findOne',
  'find',
  'count',
  'countBy',
  'countGroups',
  'insertOne',
  'insertManyIgnoringDuplicates',
  'updateOne',
  'updateMany',
  'deleteMany',
] as const satisfies readonly (keyof DocumentCollection)[];

/** Requests of one kind (collection and method) and the time they took, summed. */
export interface StoreCallFigures {
  call: string;
  count: number;
  ms: number;
}

/**
 * A document store that counts the requests made through it (one per collection call) and the time each kind
 * takes, so benchmarks and the health figures can say how much store work each delivery costs and which calls
 * grow with the audience. Adds an increment and two clock reads per call, nothing else.
 */
export class CountingDocumentStore implements DocumentStore {
  private count = 0;
  private readonly figures = new Map<string, StoreCallFigures>();
  private readonly wrapped = new Map<string, DocumentCollection>();

  constructor(private readonly inner: DocumentStore) {}

  get kind(): DocumentStore['kind'] {
    return this.inner.kind;
  }

  /** Requests made since the store was opened. */
  get operations(): number {
    return this.count;
  }

  /** Requests per collection and method since the store was opened, with their summed duration. */
  calls(): StoreCallFigures[] {
    return [...this.figures.values()].map((f) => ({ ...f }));
  }

  collection(name: string): DocumentCollection {
    let collection = this.wrapped.get(name);
    if (!collection) {
      const inner = this.inner.collection(name);
      const counted: Record<string, unknown> = { name: inner.name };
      for (const method of OPERATIONS) {
        const call = (inner[method] as (...args: unknown[]) => Promise<unknown>).bind(inner);
        const figures: StoreCallFigures = { call: `${name}.${method}`, count: 0, ms: 0 };
        this.figures.set(figures.call, figures);
        counted[method] = async (...args: unknown[]) => {
          this.count += 1;
          figures.count += 1;
          const started = performance.now();
          try {
            return await call(...args);
          } finally {
            figures.ms += performance.now() - started;
          }
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
