import { readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import type { Logger } from '../logger';
import type { StoredDocument } from './document-store';
import { checkCollectionFile } from './embedded-file-check';

/** What an imported collection file is renamed to: kept as it was, never read again. */
export const IMPORTED_SUFFIX = '.imported';

/**
 * Brings an older DATA_DIR into the database file: until December 2026 the embedded store kept each collection in
 * a NeDB file (`<collection>.db`, one JSON document a line, appended). Each such file is checked
 * (embedded-file-check.ts: a torn last line is set aside, other damage stops the start with the way out), read with
 * NeDB itself, written in one transaction, and only then renamed to `<collection>.db.imported`. A start that stops
 * part way imports again: a document already there is skipped.
 */
export async function importNedbFiles(
  dataDir: string,
  logger: Logger,
  insertAll: (collection: string, docs: StoredDocument[]) => number,
): Promise<void> {
  const files = readdirSync(dataDir).filter((f) => /^[A-Za-z_][A-Za-z0-9_]*\.db$/.test(f));
  for (const name of files) {
    const file = path.join(dataDir, name);
    const collection = name.slice(0, -'.db'.length);
    checkCollectionFile(file, logger);
    // corruptAlertThreshold 0: NeDB never drops a broken line by itself; checkCollectionFile decided what is safe.
    const old = new Datastore<Record<string, unknown>>({ filename: file, corruptAlertThreshold: 0 });
    await old.loadDatabaseAsync();
    const docs = old.getAllData() as StoredDocument[];
    const inserted = insertAll(collection, docs);
    renameSync(file, `${file}${IMPORTED_SUFFIX}`);
    logger.info(
      { collection, documents: docs.length, inserted, keptAs: `${file}${IMPORTED_SUFFIX}` },
      'embedded store: an older collection file was brought into the database file',
    );
  }
}
