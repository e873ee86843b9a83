import type { DocumentCollection, StoredDocument } from './document-store';

interface Waiting {
  doc: StoredDocument;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Most documents in one request. */
const GROUP_LIMIT = 500;

/**
 * Inserts documents in groups: what callers hand in while one insert is under way goes out together in the next one
 * (one request for many documents), and each caller's promise resolves once its document is stored. Nobody waits for
 * a group to fill, so this adds no delay; under load it turns one write per document into one per group. A document
 * whose _id exists already counts as stored (the inserts are idempotent).
 */
export class GroupedInserts {
  private waiting: Waiting[] = [];
  private running = false;

  constructor(private readonly collection: DocumentCollection) {}

  insert(doc: StoredDocument): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ doc, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, GROUP_LIMIT);
        try {
          await this.collection.insertManyIgnoringDuplicates(group.map((w) => w.doc));
          for (const w of group) w.resolve();
        } catch (err) {
          for (const w of group) w.reject(err);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
