import { settings } from './config';

/** The default of a setting as it would be written in env.TEMPLATE (empty when it has none or is a secret). */
function defaultOf(key: keyof typeof settings): string {
  const s = settings[key];
  if (s.secret) return '';
  const parsed = s.schema.safeParse(undefined);
  if (!parsed.success || parsed.data === undefined) return '';
  const value: unknown = parsed.data;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** env.TEMPLATE: every setting with its meaning as a comment line and its default. */
export function envTemplate(): string {
  const lines = [
    '# Innstillinger for Helseplattformen-boten. Kopier til miljøet (ikke til en .env-fil i git).',
    '# Generert fra src/config.ts med `npm run config:docs`.',
    '',
  ];
  for (const key of Object.keys(settings) as (keyof typeof settings)[]) {
    const s = settings[key];
    lines.push(`# ${s.doc}${s.secret ? ' (hemmelig)' : ''}`, `${key}=${defaultOf(key)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The configuration table for README.md (Markdown). */
export function configTable(): string {
  const rows = (Object.keys(settings) as (keyof typeof settings)[]).map((key) => {
    const s = settings[key];
    const def = defaultOf(key);
    return `| \`${key}\` | ${def ? `\`${def}\`` : ''} | ${s.doc.replace(/\|/g, '\\|')}${s.secret ? ' **(hemmelig)**' : ''} |`;
  });
  return ['| Variabel | Standard | Betydning |', '| --- | --- | --- |', ...rows].join('\n');
}
