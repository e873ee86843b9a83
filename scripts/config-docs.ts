/**
 * Writes env.TEMPLATE and the configuration table in README.md from the settings in src/config.ts, so the
 * documentation cannot drift from what the bot reads.
 *   npm run config:docs            rewrite both
 *   npm run config:docs -- --check exit 1 when either is out of date (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configTable, envTemplate } from '../src/config-docs';

const root = path.join(__dirname, '..');
const envFile = path.join(root, 'env.TEMPLATE');
const readmeFile = path.join(root, 'README.md');
const START = '<!-- config:start -->';
const END = '<!-- config:end -->';

const readme = readFileSync(readmeFile, 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) throw new Error(`README.md mangler markørene ${START} og ${END}`);
const newReadme = `${readme.slice(0, a + START.length)}\n${configTable()}\n${readme.slice(b)}`;
const newEnv = envTemplate();

if (process.argv.includes('--check')) {
  const stale = [
    readFileSync(envFile, 'utf8') !== newEnv ? 'env.TEMPLATE' : '',
    readme !== newReadme ? 'README.md' : '',
  ].filter(Boolean);
  if (stale.length > 0) {
    console.error(`Utdatert: ${stale.join(', ')}. Kjør npm run config:docs`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(envFile, newEnv);
  writeFileSync(readmeFile, newReadme);
}
