/**
 * Builds the personal tab web app (tab/src) with esbuild into tab/dist: one JavaScript bundle plus the static
 * pages of tab/public (index.html, personvern.html, vilkar.html).
 *
 *   npm run build:tab                      build (minified, with a source map)
 *   tsx scripts/build-tab.ts --if-missing  build only when tab/dist/index.html is missing (used by npm start)
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');
/** Source folder of the tab web app. */
export const TAB_DIR = path.join(ROOT, 'tab');
/** Output folder the server serves under /tab. */
export const TAB_DIST_DIR = path.join(TAB_DIR, 'dist');

/** Builds the tab into `outDir` (default tab/dist); resolves with the size of the JavaScript loaded at start, in bytes. */
export async function buildTab(options: { outDir?: string; minify?: boolean } = {}): Promise<number> {
  const outDir = options.outDir ?? TAB_DIST_DIR;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: { app: path.join(TAB_DIR, 'src', 'main.tsx') },
    outdir: outDir,
    entryNames: '[name]',
    // The composer (with the Adaptive Cards renderer) is a separate chunk, loaded only for announcers.
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // Teams desktop and web run on current Edge/Chrome; the mobile apps on current WebViews.
    target: ['chrome111', 'edge111', 'firefox115', 'safari16'],
    jsx: 'automatic',
    tsconfig: path.join(TAB_DIR, 'tsconfig.json'),
    minify: options.minify ?? true,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await cp(path.join(TAB_DIR, 'public'), outDir, { recursive: true });
  const outputs = result.metafile.outputs;
  const entry = path.relative(process.cwd(), path.join(outDir, 'app.js'));
  const loadedAtStart = [
    entry,
    ...(outputs[entry]?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path),
  ];
  return loadedAtStart.reduce((sum, file) => sum + (outputs[file]?.bytes ?? 0), 0);
}

async function main(): Promise<void> {
  if (process.argv.includes('--if-missing') && existsSync(path.join(TAB_DIST_DIR, 'index.html'))) return;
  const started = Date.now();
  const bytes = await buildTab();
  process.stdout.write(
    `Fanen er bygget i ${path.relative(process.cwd(), TAB_DIST_DIR)} (${Math.round(bytes / 1024)} kB JavaScript, ${Date.now() - started} ms)\n`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`Kunne ikke bygge fanen: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
