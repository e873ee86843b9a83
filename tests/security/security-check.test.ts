import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { AUTH_CASES } from './auth-cases';

const ROOT = path.join(__dirname, '..', '..');

describe('npm run security:check', () => {
  it('prints one JSON object with every case’s status, 401 for each attack and 200 for the valid token', async () => {
    const { stdout } = await promisify(execFile)(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'scripts', 'security-check.ts'), '--json'],
      { cwd: ROOT },
    );
    expect(JSON.parse(stdout)).toEqual(Object.fromEntries(AUTH_CASES.map((c) => [c.name, c.expected])));
  });
});
