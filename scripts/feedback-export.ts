/**
 * Prints every stored feedback entry, oldest first, from the same store the server uses (MONGODB_URI or DATA_DIR):
 *
 *   npm run --silent feedback:export -- --format jsonl > feedback.jsonl
 *   npm run --silent feedback:export -- --format csv > feedback.csv
 *
 * Only the data goes to stdout; logs and errors go to stderr. With the embedded store (no MONGODB_URI) it reads a copy
 * of the files, so it can run while the bot is running and never writes to the bot's folder.
 */
import { once } from 'node:events';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { openRepositoriesForReading } from '../src/data';
import { csvLine } from '../src/data/csv';
import type { FeedbackEntry } from '../src/data/repositories';
import { isAppError } from '../src/errors';

type Format = 'jsonl' | 'csv';

const PAGE_SIZE = 500;
const COLUMNS = [
  'id',
  'createdAt',
  'updatedAt',
  'helpful',
  'topicId',
  'question',
  'comment',
  'locale',
  'conversationType',
  'userPseudonym',
  'dedupeKey',
] as const satisfies readonly (keyof FeedbackEntry)[];

const USAGE = 'Bruk: npm run --silent feedback:export -- --format jsonl|csv';

function parseFormat(args: string[]): Format {
  let format: string | undefined = 'jsonl';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else throw new Error(`Ukjent argument: ${arg}`);
  }
  if (format !== 'jsonl' && format !== 'csv') throw new Error(`Ukjent format: ${format ?? '(mangler)'}`);
  return format;
}

/** One CSV cell (RFC 4180), with cells that a spreadsheet would run as a formula prefixed by an apostrophe. */

function formatEntry(entry: FeedbackEntry, format: Format): string {
  if (format === 'jsonl') return `${JSON.stringify(entry)}\n`;
  return csvLine(entry, COLUMNS);
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main(): Promise<void> {
  let format: Format;
  try {
    format = parseFormat(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, pino.destination({ fd: 2, sync: true }));
  const repos = await openRepositoriesForReading(config, logger);
  try {
    if (format === 'csv') await write(`${COLUMNS.join(',')}\r\n`);
    let after: Date | undefined;
    for (;;) {
      const page = await repos.feedback.list({ after, limit: PAGE_SIZE });
      for (const entry of page) await write(formatEntry(entry, format));
      const last = page[page.length - 1];
      if (!last || page.length < PAGE_SIZE) break;
      after = last.createdAt;
    }
  } finally {
    await repos.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Eksporten feilet: ${isAppError(err) ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
