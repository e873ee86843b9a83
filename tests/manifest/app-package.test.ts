import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { validateAgainstBundledSchema } from '../../scripts/bundled-schema-validator';
import { buildAppPackage, PLACEHOLDER_BOT_ID } from '../../scripts/package-app';
import { loadConfig } from '../../src/config';

const ROOT = path.join(__dirname, '..', '..');
const BOT_ID = '5f1c2a7e-3b4d-4e8f-9a0b-1c2d3e4f5a6b';
const SSO_CLIENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const BASE_URL = 'https://hp-bot.trondheim.example.no';
const EXPECTED_COMMANDS = [
  'hjelp',
  'kontakter',
  'delprosjekter',
  'beslutninger',
  'tilbakemelding',
  'kunngjøring',
  'status',
  'statistikk',
];
const LEAD_COMMANDS = ['kunngjøring', 'status', 'statistikk'];

type Json = Record<string, unknown>;
interface CommandList {
  scopes: string[];
  commands: { title: string; description: string }[];
}

const testConfig = (env: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    BOT_ID,
    APP_BASE_URL: `${BASE_URL}/`,
    AAD_APP_CLIENT_ID: SSO_CLIENT_ID,
    ...env,
  });

async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await JSZip.loadAsync(zip);
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(archive.files)) {
    files.set(name, await archive.files[name]!.async('nodebuffer'));
  }
  return files;
}

const parse = (data: Buffer | undefined): Json => JSON.parse(String(data)) as Json;

/** Width and height straight from the IHDR chunk, independent of any PNG library. */
function headerSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Teams app package', () => {
  let files: Map<string, Buffer>;
  let manifest: Json;
  let fetchCalls: number;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    fetchCalls = 0;
    // Schema validation must work without a network: any fetch during the build fails the test below.
    globalThis.fetch = (() => {
      fetchCalls++;
      return Promise.reject(new Error('network is not allowed in this test'));
    }) as typeof fetch;
    const built = await buildAppPackage({ config: testConfig() });
    files = await unzip(built.zip);
    manifest = parse(files.get('manifest.json'));
  });

  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it('contains exactly the manifest, the English strings and the two icons', () => {
    expect([...files.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('passes the v1.30 Teams schema bundled with @microsoft/app-manifest, without any network call', () => {
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.30');
    expect(validateAgainstBundledSchema(manifest)).toEqual([]);
    expect(fetchCalls).toBe(0);
  });

  it('has English strings that pass the localisation schema and each translate a text the manifest has', () => {
    const en = parse(files.get('en.json'));
    expect(en.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json',
    );
    expect(validateAgainstBundledSchema(en)).toEqual([]);
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nb-no',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(en['name.full']).toMatch(/project information/);
    const bot = (manifest.bots as { commandLists: CommandList[] }[])[0]!;
    bot.commandLists.forEach((list, li) =>
      list.commands.forEach((command, ci) => {
        const english = en[`bots[0].commandLists[${li}].commands[${ci}].description`];
        expect(typeof english).toBe('string');
        expect(english).not.toBe(command.description);
      }),
    );
  });

  it('fills in the bot id, base URL, domain, single sign-on id and version, leaving no ${ behind', () => {
    const text = String(files.get('manifest.json'));
    expect(text).not.toContain('${');
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.version).toBe(
      (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Json).version,
    );
    const bot = (manifest.bots as Json[])[0]!;
    expect(bot).toMatchObject({
      botId: BOT_ID,
      scopes: ['personal', 'team', 'groupChat'],
      supportsFiles: false,
      isNotificationOnly: false,
    });
    const tab = (manifest.staticTabs as Json[]).find((t) => t.entityId === 'prosjektinfo');
    expect(tab).toMatchObject({
      name: 'Prosjektinfo',
      contentUrl: `${BASE_URL}/tab/index.html`,
      websiteUrl: `${BASE_URL}/tab/index.html`,
      scopes: ['personal'],
    });
    expect(manifest.validDomains).toEqual(['hp-bot.trondheim.example.no']);
    expect(manifest.webApplicationInfo).toEqual({
      id: SSO_CLIENT_ID,
      resource: `api://hp-bot.trondheim.example.no/${SSO_CLIENT_ID}`,
    });
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest.name).toEqual({
      short: 'Helseplattformen',
      full: 'Helseplattformen – prosjektinfo for kommunene',
    });
  });

  it('offers every command in personal chat, with the communications lead commands marked and kept out of teams and group chats', () => {
    const lists = (manifest.bots as { commandLists: CommandList[] }[])[0]!.commandLists;
    const personal = lists.find((l) => l.scopes.includes('personal'))!;
    expect(personal.commands.map((c) => c.title)).toEqual(EXPECTED_COMMANDS);
    for (const command of personal.commands) {
      expect(command.description.length).toBeGreaterThan(10);
      expect(/kommunikasjonsansvarlig/i.test(command.description)).toBe(
        LEAD_COMMANDS.includes(command.title),
      );
    }
    for (const scope of ['team', 'groupChat']) {
      const titles = lists.find((l) => l.scopes.includes(scope))!.commands.map((c) => c.title);
      expect(titles).toEqual(EXPECTED_COMMANDS.filter((c) => !LEAD_COMMANDS.includes(c)));
    }
  });

  it('ships a 192x192 colour icon and a 32x32 outline icon of only white or fully transparent pixels', () => {
    expect(headerSize(files.get('color.png')!)).toEqual({ width: 192, height: 192 });
    expect(headerSize(files.get('outline.png')!)).toEqual({ width: 32, height: 32 });
    const outline = PNG.sync.read(files.get('outline.png')!);
    let visible = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      visible++;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(100);
    const color = PNG.sync.read(files.get('color.png')!);
    const centre = (96 * 192 + 96) * 4;
    expect(color.data[centre + 3]).toBe(255);
  });
});

describe('packaging with missing or partial configuration', () => {
  it('uses MicrosoftAppId when BOT_ID is empty, and the bot id for single sign-on when no client id is set', async () => {
    const { manifest } = await buildAppPackage({
      config: testConfig({ BOT_ID: '', AAD_APP_CLIENT_ID: '', MicrosoftAppId: SSO_CLIENT_ID }),
    });
    expect(manifest.id).toBe(SSO_CLIENT_ID);
    expect(manifest.webApplicationInfo).toEqual({
      id: SSO_CLIENT_ID,
      resource: `api://hp-bot.trondheim.example.no/${SSO_CLIENT_ID}`,
    });
  });

  it('refuses to package without a bot id and tells which setting to fill in', async () => {
    const build = buildAppPackage({ config: testConfig({ BOT_ID: '' }) });
    await expect(build).rejects.toThrow(/Sett MicrosoftAppId eller BOT_ID/);
    await expect(build).rejects.toMatchObject({ name: 'AppError', code: 'CONFIG_INVALID' });
  });

  it('packages with a placeholder bot id only when asked to, and warns that Teams will not accept it', async () => {
    const built = await buildAppPackage({
      config: testConfig({ BOT_ID: '', AAD_APP_CLIENT_ID: '', APP_BASE_URL: '' }),
      allowPlaceholder: true,
    });
    expect(built.manifest.id).toBe(PLACEHOLDER_BOT_ID);
    expect(built.manifest.validDomains).toEqual(['localhost']);
    expect(built.warnings.join(' ')).toMatch(/plassholderen/);
    expect(built.warnings.join(' ')).toMatch(/https/);
    expect(validateAgainstBundledSchema(built.manifest)).toEqual([]);
  });

  it('rejects a MicrosoftAppId that is not a GUID before building anything', async () => {
    await expect(
      buildAppPackage({ config: testConfig({ BOT_ID: '', MicrosoftAppId: 'my-bot' }) }),
    ).rejects.toThrow(/ikke en GUID/);
  });
});

describe('offline schema validation', () => {
  it('reports what is wrong in a broken manifest', async () => {
    const { manifest } = await buildAppPackage({ config: testConfig() });
    const broken = structuredClone(manifest) as { bots: Json[]; accentColor: string };
    broken.bots[0]!.botId = 'not-a-guid';
    broken.accentColor = 'blue';
    const problems = validateAgainstBundledSchema(broken);
    expect(problems.some((p) => p.startsWith('/bots/0/botId'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/accentColor'))).toBe(true);
  });

  it('refuses a schema version the package does not bundle instead of downloading it', () => {
    const attempt = () =>
      validateAgainstBundledSchema({
        $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json',
      });
    expect(attempt).toThrow(/følger ikke med @microsoft\/app-manifest/);
  });
});

describe('npm run package', () => {
  const run = promisify(execFile);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const script = path.join(ROOT, 'scripts', 'package-app.ts');
  let dir: string;
  const env = (extra: Record<string, string>) => {
    const base = { ...process.env };
    for (const key of ['BOT_ID', 'MicrosoftAppId', 'AAD_APP_CLIENT_ID', 'APP_BASE_URL']) delete base[key];
    return { ...base, NODE_ENV: 'test', ...extra };
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'app-package-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the zip where asked and says where it went', async () => {
    const out = path.join(dir, 'appPackage.zip');
    const { stdout } = await run(tsx, [script, '--out', out], {
      cwd: ROOT,
      env: env({ MicrosoftAppId: BOT_ID, APP_BASE_URL: BASE_URL }),
    });
    expect(stdout).toContain(out);
    const files = await unzip(readFileSync(out));
    expect(parse(files.get('manifest.json')).id).toBe(BOT_ID);
  });

  it('fails with the Norwegian and English hint when no bot id is configured', async () => {
    const out = path.join(dir, 'missing.zip');
    const failure = run(tsx, [script, '--out', out], { cwd: ROOT, env: env({}) });
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Set MicrosoftAppId or BOT_ID'),
    });
    expect(existsSync(out)).toBe(false);
  });
});
