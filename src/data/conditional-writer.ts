import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../errors';
import type { Change, DocumentCollection, StoredDocument } from './document-store';

/** Field holding a document's version token; a new random token is written on every conditional write. */
export const VERSION_FIELD = '_v';

/** A fresh version token for a new document. */
export function newVersion(): string {
  return randomUUID();
}

/** What to do when another writer is changing the same document right now. */
export type Contention = 'wait' | 'skip';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Compare-and-set for one document, portable to every backend. FerretDB 1.x runs findAndModify and a filtered
 * updateOne as "read, then write by _id" without a lock, so two processes can both "win" the same document. Only
 * inserts against a unique key are atomic everywhere, so a writer first inserts a marker named after the version
 * it read (`collection/id/version`); whoever inserts it owns the next version and writes the document, everyone
 * else sees a duplicate key and re-reads. A marker left by a writer that died is taken over after `staleMarkerMs`.
 */
export class ConditionalWriter {
  private readonly staleMarkerMs: number;
  private readonly maxWaitMs: number;

  private readonly atomic: () => boolean;

  constructor(
    private readonly markers: DocumentCollection,
    options: {
      staleMarkerMs?: number;
      maxWaitMs?: number;
      /** True when the store applies `updateOne({ _id, _v })` atomically: then no markers are needed. */
      atomic?: () => boolean;
    } = {},
  ) {
    this.staleMarkerMs = options.staleMarkerMs ?? 30_000;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
    this.atomic = options.atomic ?? (() => false);
  }

  /**
   * Applies the change `decide` returns for the current document, unless another writer got there first.
   * Returns the document as written, or null when it does not exist, `decide` declined (returned null), or
   * (with contention 'skip') someone else is writing it. With 'wait' it re-reads and decides again.
   * `staleMarkerMs` overrides the writer's default for documents whose own lifetime is shorter (a lease, a claim):
   * a writer that died between its marker and its write must not block them for longer than they last.
   */
  async update(
    collection: DocumentCollection,
    id: string,
    decide: (current: StoredDocument) => Change | null,
    options: { contention: Contention; known?: StoredDocument; staleMarkerMs?: number },
  ): Promise<StoredDocument | null> {
    const staleMarkerMs = Math.min(options.staleMarkerMs ?? this.staleMarkerMs, this.staleMarkerMs);
    let current = options.known ?? (await collection.findOne({ _id: id }));
    const started = Date.now();
    let delay = 2;
    for (;;) {
      if (!current) return null;
      const change = decide(current);
      if (!change) return null;
      const version =
        typeof current[VERSION_FIELD] === 'string' ? (current[VERSION_FIELD] as string) : undefined;
      if (this.atomic()) {
        // One compare-and-set: the write applies only if the document still has the version that was read.
        const next = newVersion();
        const matched = await collection.updateOne(
          { _id: id, [VERSION_FIELD]: version ?? { $exists: false } },
          { set: { ...change.set, [VERSION_FIELD]: next }, unset: change.unset },
        );
        if (matched === 1) return applyChange(current, change, next);
        if (options.contention === 'skip') return null;
        if (Date.now() - started > this.maxWaitMs) {
          throw new AppError(
            'CONFLICT',
            'Dataene endres av en annen prosess akkurat nå. Prøv igjen om litt.',
          );
        }
        current = await collection.findOne({ _id: id });
        continue;
      }
      const markerId = `${collection.name}/${id}/${version ?? '-'}`;
      if (await this.tryMark(markerId, staleMarkerMs)) {
        const next = newVersion();
        // The marker makes this writer the only one for this version, so the write filters on _id alone (which
        // FerretDB can run on its primary key; an extra condition makes it scan the collection).
        const matched = await collection.updateOne(
          { _id: id },
          {
            set: { ...change.set, [VERSION_FIELD]: next },
            unset: change.unset,
          },
        );
        if (matched === 1) return applyChange(current, change, next);
        // Deleted meanwhile: decide again on what is there now (nothing, so null).
      } else if (options.contention === 'skip') {
        return null;
      }
      if (Date.now() - started > this.maxWaitMs) {
        throw new AppError('CONFLICT', 'Dataene endres av en annen prosess akkurat nå. Prøv igjen om litt.');
      }
      await sleep(delay);
      delay = Math.min(delay * 2, 50);
      current = await collection.findOne({ _id: id });
    }
  }

  /** Deletes markers older than the date (they only matter for seconds; kept a day to be safe). */
  async purgeOlderThan(date: Date): Promise<number> {
    return this.markers.deleteMany({ at: { $lt: date } });
  }

  private async tryMark(markerId: string, staleMarkerMs: number): Promise<boolean> {
    try {
      await this.markers.insertOne({ _id: markerId, at: new Date() });
      return true;
    } catch (err) {
      if (!isAppError(err, 'CONFLICT')) throw err;
    }
    const existing = await this.markers.findOne({ _id: markerId });
    const at = existing?.at;
    if (at instanceof Date && Date.now() - at.getTime() > staleMarkerMs) {
      // The writer that placed it died between marker and write; whoever deletes it may try again.
      const deleted = await this.markers.deleteMany({ _id: markerId, at });
      if (deleted === 1) return this.tryMark(markerId, staleMarkerMs);
    }
    return false;
  }
}

/** The document after a change, with its new version. */
export function applyChange(doc: StoredDocument, change: Change, version?: string): StoredDocument {
  const out: StoredDocument = { ...doc, ...change.set };
  for (const key of change.unset ?? []) delete out[key];
  if (version !== undefined) out[VERSION_FIELD] = version;
  return out;
}
