import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The node options production runs with: those of `npm run start:prod` in package.json (the heap limit among
 * them), so a benchmark measures memory as production has it, not under an unlimited heap that V8 lets grow
 * several times past what is live.
 */
export function productionNodeOptions(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts['start:prod'] ?? '').split(' ').filter((a) => a.startsWith('--'));
}

/**
 * Runs this script again under the production node options unless it already runs under them, and exits with its
 * exit code; returns (in the re-run process) the options it runs under.
 */
export function runUnderProductionNodeOptions(): string[] {
  const options = productionNodeOptions();
  if (options.every((o) => process.execArgv.includes(o))) return options;
  const script = process.argv[1] as string;
  const rerun = spawnSync(
    process.execPath,
    [...options, ...process.execArgv, script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(rerun.status ?? 1);
}
