import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadKnowledgeBase, parseKnowledgeBase } from '../../src/qa/knowledge-base';

const root = path.resolve(__dirname, '../..');

describe('npm run kb: export and import of the knowledge base in the store', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-kb-cli-'));
  const dataDir = path.join(dir, 'data');
  const kb = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, MONGODB_URI: '', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      timeout: 60_000,
    });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('export prints the version in use as YAML in the format of the seed file', () => {
    const result = kb('export');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Kunnskapsbasen, versjon 1/);
    expect(parseKnowledgeBase(parse(result.stdout))).toEqual(
      loadKnowledgeBase('content/knowledge-base.yaml'),
    );
  }, 60_000);

  test('import refuses an invalid file with the path of the problem, and publishes a valid one', () => {
    const exported = kb('export').stdout;
    const file = path.join(dir, 'kunnskap.yaml');
    writeFileSync(file, exported.replace('lead: anne-storsve', 'lead: finnes-ikke'));
    const refused = kb('import', file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('subprojects.1.lead');
    expect(refused.stderr).toContain('finnes-ikke');

    writeFileSync(file, exported.replace('lead: anne-storsve', 'lead: ola-skorstad'));
    const imported = kb('import', file, '--summary', 'Ola leder Teknisk');
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('Publisert som versjon 2');
    const after = parse(kb('export').stdout) as { subprojects: { id: string; lead: string }[] };
    expect(after.subprojects.find((s) => s.id === 'teknisk')?.lead).toBe('ola-skorstad');
    expect(kb('versions').stdout.split('\n')[0]).toContain('Ola leder Teknisk');
    expect(readFileSync(file, 'utf8')).toContain('ola-skorstad');
  }, 120_000);
});
