import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRepositories } from '../../src/data';
import type { FeedbackEntry } from '../../src/data/repositories';
import { createLogger } from '../../src/logger';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** A small RFC 4180 reader, to check that what the export writes reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('npm run feedback:export', () => {
  let dataDir: string;
  let stored: FeedbackEntry[];

  const exportWith = (...args: string[]) =>
    run(tsx, [path.join(root, 'scripts/feedback-export.ts'), ...args], {
      cwd: root,
      env: { ...process.env, MONGODB_URI: '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-export-'));
    const repos = await createRepositories(
      { MONGODB_URI: undefined, MONGODB_DB: 'unused', MONGODB_TIMEOUT_MS: 1500, DATA_DIR: dataDir },
      createLogger('silent'),
    );
    await repos.feedback.add({ helpful: true, topicId: 'opplæring', locale: 'nb-NO', userPseudonym: 'p1' });
    await repos.feedback.add({
      helpful: false,
      topicId: 'pålogging',
      question: 'Hvorfor får jeg "feil passord", igjen?',
      comment: 'Linje én\nLinje to, med komma',
      conversationType: 'channel',
      userPseudonym: 'p2',
      dedupeKey: 'act-2:p2',
    });
    await repos.feedback.add({ comment: '=HYPERLINK("http://x")', userPseudonym: 'p3' });
    stored = await repos.feedback.list();
    await repos.close();
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('prints every entry as one JSON line each, and nothing else on stdout', async () => {
    const { stdout } = await exportWith('--format', 'jsonl');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(stored)));
  }, 60_000);

  test('prints a CSV with a header and properly quoted cells', async () => {
    const { stdout } = await exportWith('--format=csv');
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows).toHaveLength(4);
    const second = rows[2]!;
    expect(second[0]).toBe(stored[1]!.id);
    expect(second[1]).toBe(stored[1]!.createdAt.toISOString());
    expect(second.slice(3)).toEqual([
      'false',
      'pålogging',
      'Hvorfor får jeg "feil passord", igjen?',
      'Linje én\nLinje to, med komma',
      '',
      'channel',
      'p2',
      'act-2:p2',
    ]);
    // A comment a spreadsheet would run as a formula is written as text.
    expect(rows[3]![6]).toBe('\'=HYPERLINK("http://x")');
  }, 60_000);

  test('refuses an unknown format with usage on stderr and exit code 2', async () => {
    const failure = await exportWith('--format', 'xml').then(
      () => null,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr).toMatch(/--format jsonl\|csv/);
  }, 60_000);
});
