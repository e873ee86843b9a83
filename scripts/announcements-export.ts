/**
 * Prints what happened to one announcement in every conversation it was meant for, from the same store the
 * server uses (MONGODB_URI or DATA_DIR):
 *
 *   npm run --silent announcements:export -- <kunngjørings-id> --format csv > mottakere.csv
 *   npm run --silent announcements:export -- <kunngjørings-id> --format jsonl
 *
 * Columns: conversationId, conversationType, teamId, teamName, status (pending, sent, failed, or recalled once a
 * recall removed the message), failureReason (a code: conversation_not_found, bot_removed, rejected, gave_up,
 * not_installed, cancelled, recalled; on a sent message not_updated or not_removed when Teams refused the edit or
 * the recall; see src/model/delivery-reason.ts),
 * acknowledgedAt, attempts, updatedAt. Only the data goes to stdout; logs and errors go to stderr. With the embedded store (no MONGODB_URI),
 * export while the bot is stopped (see scripts/feedback-export.ts for why).
 */
import { once } from 'node:events';
import pino from 'pino';
import {
  DELIVERY_REPORT_COLUMNS,
  deliveryReport,
  deliveryReportCsvLine,
} from '../src/announcements/delivery-report';
import { loadConfig } from '../src/config';
import { openRepositoriesForReading } from '../src/data';
import { AppError, isAppError } from '../src/errors';
import { createLogger } from '../src/logger';

type Format = 'csv' | 'jsonl';

const USAGE = 'Bruk: npm run --silent announcements:export -- <kunngjørings-id> [--format csv|jsonl]';

function parseArgs(args: string[]): { announcementId: string; format: Format } {
  let format: string | undefined = 'csv';
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('--')) throw new Error(`Ukjent argument: ${arg}`);
    else positional.push(arg);
  }
  if (format !== 'csv' && format !== 'jsonl') throw new Error(`Ukjent format: ${format ?? '(mangler)'}`);
  if (positional.length !== 1) throw new Error('Oppgi id-en til én kunngjøring.');
  return { announcementId: positional[0]!, format };
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main(): Promise<void> {
  let args: { announcementId: string; format: Format };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, pino.destination({ fd: 2, sync: true }));
  const repos = await openRepositoriesForReading(config, logger);
  try {
    const announcement = await repos.announcements.get(args.announcementId);
    if (!announcement)
      throw new AppError('NOT_FOUND', `Fant ingen kunngjøring med id ${args.announcementId}.`);
    if (args.format === 'csv') await write(`${DELIVERY_REPORT_COLUMNS.join(',')}\r\n`);
    for await (const row of deliveryReport(repos, announcement)) {
      await write(args.format === 'csv' ? deliveryReportCsvLine(row) : `${JSON.stringify(row)}\n`);
    }
  } finally {
    await repos.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Eksporten feilet: ${isAppError(err) ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
