/**
 * Offline JSON-schema validation of Teams app manifests and localisation files against the schemas that
 * @microsoft/app-manifest ships. The package's own AppManifestUtils.validateAgainstSchema falls back to
 * downloading the schema, cannot be loaded under jest (it requires an ESM-only dependency), and cannot compile the
 * localisation schema; this module never touches the network and refuses a schema the package does not bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { AppError } from '../src/errors';

const SCHEMA_HOST = 'developer.microsoft.com';
/** `/json-schemas/teams/v1.30/MicrosoftTeams.schema.json`, optionally after a locale segment such as `/en-us`. */
const TEAMS_SCHEMA_PATH =
  /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/json-schemas\/teams\/(v[0-9]+\.[0-9]+|vDevPreview)\/([A-Za-z.]+\.schema\.json)$/;

const compiled = new Map<string, ValidateFunction>();

/** The folder with the Teams JSON schemas bundled in @microsoft/app-manifest. */
function bundledTeamsSchemaDir(): string {
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(packageRoot, 'build', 'json-schemas', 'teams');
}

/** Maps a Teams `$schema` URL to the bundled schema file; throws when the URL is not one the package ships. */
function bundledSchemaFile(schemaUrl: string): string {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch (err) {
    throw new AppError('APP_PACKAGE_INVALID', `Ugyldig $schema-adresse: ${schemaUrl}`, err);
  }
  const match =
    url.protocol === 'https:' && url.hostname === SCHEMA_HOST ? TEAMS_SCHEMA_PATH.exec(url.pathname) : null;
  const file = match ? path.join(bundledTeamsSchemaDir(), match[1] as string, match[2] as string) : undefined;
  if (!file || !existsSync(file)) {
    throw new AppError(
      'APP_PACKAGE_INVALID',
      `Skjemaet ${schemaUrl} følger ikke med @microsoft/app-manifest, og validering skjer bare offline. ` +
        `Bruk en versjon som ligger i ${bundledTeamsSchemaDir()}.`,
    );
  }
  return file;
}

function compile(file: string): ValidateFunction {
  const cached = compiled.get(file);
  if (cached) return cached;
  const ajv = new AjvDraft04({
    allErrors: true,
    strictTypes: false,
    // The localisation schemas hold patterns such as `\b]` that are invalid with the `u` flag.
    unicodeRegExp: false,
  });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  compiled.set(file, validate);
  return validate;
}

/**
 * Validates a manifest or localisation file against the bundled schema named in its own `$schema`.
 * Returns one readable line per violation; an empty array means valid.
 */
export function validateAgainstBundledSchema(document: unknown): string[] {
  const schemaUrl =
    typeof document === 'object' && document !== null
      ? (document as Record<string, unknown>).$schema
      : undefined;
  if (typeof schemaUrl !== 'string') {
    throw new AppError('APP_PACKAGE_INVALID', 'Dokumentet mangler $schema, så det kan ikke valideres.');
  }
  const validate = compile(bundledSchemaFile(schemaUrl));
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
  );
}
