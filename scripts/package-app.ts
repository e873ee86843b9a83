/**
 * `npm run package`: builds the Teams app package (build/appPackage.zip) from manifest/manifest.template.json,
 * the localisation files and the icons, with the bot id, base URL and single sign-on id taken from the
 * configuration, and validates the result offline against the schemas @microsoft/app-manifest ships.
 *
 * Options: `--allow-placeholder` (package without a bot id, for a local look only), `--out PATH`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { loadConfig, type Config } from '../src/config';
import { AppError } from '../src/errors';
import { validateAgainstBundledSchema } from './bundled-schema-validator';

/** Stands in for the bot id when packaging locally with --allow-placeholder; Teams will not accept it. */
export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{([A-Z_]+)\}/g;
const ROOT = path.join(__dirname, '..');
/** Icon files and the size Teams requires for each. */
const ICON_SIZES: Record<string, number> = { color: 192, outline: 32 };
/** A fixed timestamp for every zip entry, so the same input gives the same package bytes. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

/** What to build the package from. */
export interface AppPackageOptions {
  config: Config;
  /** Use PLACEHOLDER_BOT_ID when neither BOT_ID nor MicrosoftAppId is set. */
  allowPlaceholder?: boolean;
  /** App version (semver); defaults to the version in package.json. */
  version?: string;
  /** Folder with manifest.template.json, the localisation files and the icons. */
  manifestDir?: string;
}

/** The built package and what went into it. */
export interface AppPackage {
  zip: Buffer;
  manifest: Record<string, unknown>;
  /** Localisation files by file name, as packaged. */
  localizations: Record<string, Record<string, unknown>>;
  /** The values filled into the template. */
  values: Record<string, string>;
  /** Things the operator should know, in Norwegian. */
  warnings: string[];
}

function invalid(message: string): AppError {
  return new AppError('APP_PACKAGE_INVALID', message);
}

/** Resolves the values the template needs from the configuration; throws with a clear message when one is missing. */
function templateValues(options: AppPackageOptions, warnings: string[]): Record<string, string> {
  const { config } = options;
  let botId = config.BOT_ID ?? config.MicrosoftAppId;
  if (!botId) {
    if (!options.allowPlaceholder) {
      throw new AppError(
        'CONFIG_INVALID',
        'Sett MicrosoftAppId eller BOT_ID (app-id-en til boten i Azure Bot Service) før du lager app-pakken, ' +
          'eller bruk --allow-placeholder for en lokal testpakke. / ' +
          'Set MicrosoftAppId or BOT_ID (the bot app id from Azure Bot Service), or pass --allow-placeholder for a local test package.',
      );
    }
    botId = PLACEHOLDER_BOT_ID;
    warnings.push(
      `Ingen bot-id satt: bruker plassholderen ${PLACEHOLDER_BOT_ID}. Pakken kan ikke installeres i Teams.`,
    );
  }
  if (!GUID.test(botId)) {
    throw new AppError(
      'CONFIG_INVALID',
      `Bot-id-en «${botId}» (BOT_ID eller MicrosoftAppId) er ikke en GUID.`,
    );
  }
  const baseUrl = new URL(config.APP_BASE_URL);
  if (baseUrl.protocol !== 'https:') {
    warnings.push(`APP_BASE_URL er ${config.APP_BASE_URL}: Teams viser bare fanen fra en https-adresse.`);
  }
  const version =
    options.version ??
    (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    BOT_ID: botId,
    AAD_APP_CLIENT_ID: config.AAD_APP_CLIENT_ID ?? botId,
    APP_BASE_URL: config.APP_BASE_URL,
    APP_DOMAIN: baseUrl.hostname,
    APP_VERSION: version,
  };
}

/** Replaces every `${NAME}` in the string values of a parsed template; an unknown name is an error. */
function fillTemplate(node: unknown, values: Record<string, string>): unknown {
  if (typeof node === 'string') {
    return node.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw invalid(`Ukjent plassholder \${${name}} i manifestmalen.`);
      return value;
    });
  }
  if (Array.isArray(node)) return node.map((item) => fillTemplate(item, values));
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillTemplate(v, values)]));
  }
  return node;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Looks up a localisation key such as `bots[0].commandLists[1].commands[2].description` in the manifest. */
function valueAtKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split('.')) {
    const [, name, indexes] = /^([^[]+)((?:\[\d+\])*)$/.exec(part) ?? [];
    if (name === undefined || typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[name];
    for (const [, index] of (indexes ?? '').matchAll(/\[(\d+)\]/g)) {
      node = Array.isArray(node) ? node[Number(index)] : undefined;
    }
  }
  return node;
}

function checkSchema(document: unknown, fileName: string): void {
  const problems = validateAgainstBundledSchema(document);
  if (problems.length > 0) {
    throw invalid(`${fileName} følger ikke skjemaet:\n  ${problems.join('\n  ')}`);
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer, fileName: string): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (
    data.length < 24 ||
    data.subarray(0, 8).toString('hex') !== signature ||
    data.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    throw invalid(`${fileName} er ikke en PNG-fil.`);
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Builds and validates the app package in memory. */
export async function buildAppPackage(options: AppPackageOptions): Promise<AppPackage> {
  const dir = options.manifestDir ?? path.join(ROOT, 'manifest');
  const warnings: string[] = [];
  const values = templateValues(options, warnings);

  const manifest = fillTemplate(readJson(path.join(dir, 'manifest.template.json')), values) as Record<
    string,
    unknown
  >;
  const manifestJson = JSON.stringify(manifest, null, 2);
  if (manifestJson.includes('${')) throw invalid('manifest.json har fortsatt en ufylt ${…}-plassholder.');
  checkSchema(manifest, 'manifest.json');

  const zip = new JSZip();
  zip.file('manifest.json', manifestJson + '\n', { date: ZIP_DATE });

  const localizations: Record<string, Record<string, unknown>> = {};
  const localizationInfo = manifest.localizationInfo as
    { additionalLanguages?: { file: string }[] } | undefined;
  const manifestVersion = String(manifest.manifestVersion);
  for (const { file } of localizationInfo?.additionalLanguages ?? []) {
    const localization = readJson(path.join(dir, file));
    checkSchema(localization, file);
    if (!String(localization.$schema).includes(`/v${manifestVersion}/`)) {
      throw invalid(`${file} må bruke samme skjemaversjon som manifestet (v${manifestVersion}).`);
    }
    for (const key of Object.keys(localization)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (typeof valueAtKey(manifest, key) !== 'string') {
        throw invalid(`${file}: nøkkelen «${key}» finnes ikke som tekst i manifestet.`);
      }
    }
    localizations[file] = localization;
    zip.file(file, JSON.stringify(localization, null, 2) + '\n', { date: ZIP_DATE });
  }

  const icons = manifest.icons as Record<string, string>;
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const fileName = icons[kind];
    if (!fileName) throw invalid(`Manifestet mangler ikonet «${kind}».`);
    const data = readFileSync(path.join(dir, fileName));
    const { width, height } = pngSize(data, fileName);
    if (width !== size || height !== size) {
      throw invalid(`${fileName} er ${width}x${height} piksler; Teams krever ${size}x${size}.`);
    }
    zip.file(fileName, data, { date: ZIP_DATE });
  }

  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { zip: buffer, manifest, localizations, values, warnings };
}

/** Command line: `npm run package [-- --allow-placeholder] [-- --out build/appPackage.zip]`. */
async function main(argv: string[]): Promise<void> {
  const outIndex = argv.indexOf('--out');
  const out = path.resolve(
    outIndex >= 0 && argv[outIndex + 1]
      ? (argv[outIndex + 1] as string)
      : path.join(ROOT, 'build', 'appPackage.zip'),
  );
  const result = await buildAppPackage({
    config: loadConfig(),
    allowPlaceholder: argv.includes('--allow-placeholder'),
  });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, result.zip);
  for (const warning of result.warnings) process.stderr.write(`Advarsel: ${warning}\n`);
  process.stdout.write(
    `Skrev ${out} (${result.zip.length} byte): bot ${result.values.BOT_ID}, ` +
      `versjon ${result.values.APP_VERSION}, adresse ${result.values.APP_BASE_URL}\n`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`Kunne ikke lage app-pakken: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
