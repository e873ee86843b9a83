import { type FileHandle, open } from 'node:fs/promises';
import type Datastore from '@seald-io/nedb';
// NeDB's own serialiser, so the lines written are exactly the ones it would write and reads back.
import { serialize } from '@seald-io/nedb/lib/model';
import type { Logger } from '../logger';

interface NedbPersistence {
  filename: string;
  inMemoryOnly: boolean;
  afterSerialization: (line: string) => Promise<string> | string;
  persistNewStateAsync: (docs: Record<string, unknown>[]) => Promise<void>;
}

/**
 * Makes a NeDB datastore append its changes through one open file handle. NeDB (4.1) opens, appends to and
 * closes its file for every single write; under load those opens queue up in libuv's thread pool and a
 * feedback click waits tens of milliseconds for the file system. The lines and their order are NeDB's own, so
 * NeDB reads the file as before. After NeDB rewrites the file (compaction, which replaces it), the handle is
 * reopened on the new file.
 */
export function appendThroughOpenFile(
  store: Datastore<Record<string, unknown>>,
  logger: Logger,
): () => Promise<void> {
  const persistence = (store as unknown as { persistence: NedbPersistence }).persistence;
  if (persistence.inMemoryOnly) return async () => undefined;
  let handle: Promise<FileHandle> | undefined;
  const closeHandle = async () => {
    const current = handle;
    handle = undefined;
    if (current) await (await current).close();
  };
  store.on('compaction.done', () => {
    closeHandle().catch((err: unknown) =>
      logger.warn({ err, file: persistence.filename }, 'could not close the old data file'),
    );
  });
  persistence.persistNewStateAsync = async (docs) => {
    let lines = '';
    for (const doc of docs) lines += `${await persistence.afterSerialization(serialize(doc))}\n`;
    if (lines.length === 0) return;
    handle ??= open(persistence.filename, 'a');
    await (await handle).appendFile(lines, 'utf8');
  };
  return closeHandle;
}
