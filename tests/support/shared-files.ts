import { existsSync } from 'node:fs';
import path from 'node:path';

/** The programme's shared folder beside the repository (seed page, evaluation sets), as CI lays it out. */
export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');

/**
 * The path of a file in ../shared, or undefined when it is absent. With REQUIRE_SHARED=1 (set by CI) an absent
 * file is an error, so a missing shared folder cannot silently shrink the test suite.
 */
export function sharedFile(relative: string): string | undefined {
  const file = path.join(SHARED_DIR, relative);
  if (existsSync(file)) return file;
  if (process.env.REQUIRE_SHARED === '1') {
    throw new Error(`Fant ikke ${file}; legg shared/ ved siden av repoet eller fjern REQUIRE_SHARED=1`);
  }
  return undefined;
}
