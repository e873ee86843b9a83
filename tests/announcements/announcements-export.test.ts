import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRepositories } from '../../src/data';
import { createLogger } from '../../src/logger';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** Reads RFC 4180 CSV (CRLF rows, quoted cells with doubled quotes) into rows of cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
  for (let match = cell.exec(text); match && match.index < text.length; match = cell.exec(text)) {
    const raw = match[1]!;
    rows.at(-1)!.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] === '\r\n') rows.push([]);
  }
  return rows.filter((r) => r.length > 0);
}

type Failure = { code: number; stdout: string; stderr: string };

describe('npm run announcements:export', () => {
  let dataDir: string;
  let announcementId: string;
  let recalledId: string;

  const exportWith = (...args: string[]) =>
    run(tsx, [path.join(root, 'scripts/announcements-export.ts'), ...args], {
      cwd: root,
      env: { ...process.env, MONGODB_URI: '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'announcements-export-'));
    const repos = await createRepositories(
      { MONGODB_URI: undefined, MONGODB_DB: 'unused', MONGODB_TIMEOUT_MS: 1500, DATA_DIR: dataDir },
      createLogger('silent'),
    );
    const install = (conversationId: string, extra: Record<string, unknown> = {}) =>
      repos.installations.upsert({
        conversationId,
        conversationType: 'personal',
        serviceUrl: 'https://smba.example/',
        reference: { conversation: { id: conversationId } },
        ...extra,
      });
    await install('a:kari');
    await install('a:ola');
    await install('19:team@thread.tacv2', {
      conversationType: 'channel',
      teamId: '19:team@thread.tacv2',
      teamName: 'Hjemmetjenesten, "Øst"',
    });
    const announcement = await repos.announcements.create({
      content: { title: 'Nedetid', text: 'Tekst', links: [], importance: 'normal' },
      audience: { kind: 'all' },
      authorPseudonym: 'p',
      status: 'sent',
    });
    announcementId = announcement.id;
    await repos.deliveries.createPending(announcementId, [
      'a:kari',
      'a:ola',
      '19:team@thread.tacv2',
      'a:gone',
    ]);
    await repos.deliveries.markSent(announcementId, 'a:kari', 'act-1', 1);
    await repos.deliveries.markSent(announcementId, '19:team@thread.tacv2', 'act-2', 1);
    await repos.deliveries.markFailed(announcementId, 'a:ola', 'bot_removed');
    await repos.deliveries.acknowledge(announcementId, 'a:kari', new Date('2025-03-07T15:10:00Z'));

    // Recalled (version 2): removed from Kari's chat, not from Ola's, and the team's still to go.
    const recalled = await repos.announcements.create({
      content: { title: 'Feil dato', text: 'Tekst', links: [], importance: 'normal' },
      audience: { kind: 'all' },
      authorPseudonym: 'p',
      status: 'sent',
    });
    recalledId = recalled.id;
    await repos.deliveries.createPending(recalledId, ['a:kari', 'a:ola', '19:team@thread.tacv2']);
    await repos.deliveries.markSent(recalledId, 'a:kari', 'act-3', 1);
    await repos.deliveries.markSent(recalledId, 'a:ola', 'act-4', 1);
    await repos.deliveries.markSent(recalledId, '19:team@thread.tacv2', 'act-5', 1);
    await repos.announcements.update(recalledId, {
      status: 'recalled',
      version: 2,
      pendingOperation: 'delete',
    });
    await repos.deliveries.markSent(recalledId, 'a:kari', 'act-3', 2);
    await repos.deliveries.markSent(recalledId, 'a:ola', 'act-4', 2, 'not_removed');
    await repos.close();
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints one CSV row per recipient with type, team, status, failure and when it was read, and nothing else', async () => {
    const { stdout } = await exportWith(announcementId, '--format', 'csv');
    const rows = readCsv(stdout);
    expect(rows[0]).toEqual([
      'conversationId',
      'conversationType',
      'teamId',
      'teamName',
      'status',
      'failureReason',
      'acknowledgedAt',
      'attempts',
      'updatedAt',
    ]);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r.slice(1, 7)]));
    expect(byId).toEqual({
      '19:team@thread.tacv2': ['channel', '19:team@thread.tacv2', 'Hjemmetjenesten, "Øst"', 'sent', '', ''],
      'a:gone': ['', '', '', 'pending', '', ''],
      'a:kari': ['personal', '', '', 'sent', '', '2025-03-07T15:10:00.000Z'],
      'a:ola': ['personal', '', '', 'failed', 'bot_removed', ''],
    });
    expect(rows).toHaveLength(5);
  }, 60_000);

  it('for a recalled announcement, says whose message the recall removed and whose it could not remove', async () => {
    const { stdout } = await exportWith(recalledId, '--format', 'csv');
    const byId = Object.fromEntries(
      readCsv(stdout)
        .slice(1)
        .map((r) => [r[0], [r[4], r[5]]]),
    );
    expect(byId).toEqual({
      'a:kari': ['recalled', ''],
      'a:ola': ['sent', 'not_removed'],
      '19:team@thread.tacv2': ['sent', ''],
    });
  }, 60_000);

  it('prints JSON lines with --format jsonl', async () => {
    const { stdout } = await exportWith('--format=jsonl', announcementId);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.conversationId)).toEqual(['19:team@thread.tacv2', 'a:gone', 'a:kari', 'a:ola']);
    expect(lines[2]).toMatchObject({ status: 'sent', acknowledgedAt: '2025-03-07T15:10:00.000Z' });
  }, 60_000);

  it('says so on stderr, with exit code 1 and nothing on stdout, for an unknown announcement', async () => {
    const failure = await exportWith('finnes-ikke', '--format', 'csv').then(
      () => null,
      (err: Failure) => err,
    );
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect(failure?.stderr).toContain('Fant ingen kunngjøring med id finnes-ikke');
  }, 60_000);

  it('shows how to use it, with exit code 2, without an id or with an unknown format', async () => {
    for (const args of [
      ['--format', 'csv'],
      [announcementId, '--format', 'xml'],
    ]) {
      const failure = await exportWith(...args).then(
        () => null,
        (err: Failure) => err,
      );
      expect(failure).toMatchObject({ code: 2, stdout: '' });
      expect(failure?.stderr).toContain('Bruk: npm run --silent announcements:export');
    }
  }, 60_000);
});
