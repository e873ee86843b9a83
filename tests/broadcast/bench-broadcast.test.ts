import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

describe('npm run bench:broadcast', () => {
  it('prints one JSON object with the delivery figures: nobody lost, nobody twice', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench-broadcast.ts',
        '--recipients',
        '150',
        '--rate',
        '100',
        '--error-rate',
        '0.1',
        '--json',
      ],
      { cwd: root, env: { ...process.env, MONGODB_URI: '', LOG_LEVEL: 'warn' }, timeout: 60_000 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(result).toMatchObject({
      recipients: 150,
      delivered: 150,
      lost: 0,
      duplicates: 0,
      allowed_rate: 100,
      status: 'sent',
    });
    for (const key of [
      'seconds',
      'achieved_rate',
      'efficiency',
      'peak_rss_mb',
      'db_ops_per_delivery',
      'rss_per_1k_recipients_mb',
    ])
      expect(typeof result[key]).toBe('number');
    expect(result.store).toMatch(/^embedded/);
    expect(result.injected_errors).toBeGreaterThan(0);
    expect(result.efficiency as number).toBeLessThanOrEqual(1.05);
  }, 90_000);
});
