import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** The figures the bench prints for each server (see scripts/bench-turns.ts). */
const SERVER_FIELDS = [
  'turns',
  'feedback_turns',
  'failed',
  'seconds',
  'throughput_per_s',
  'p50_ms',
  'p95_ms',
  'p99_ms',
  'max_ms',
  'feedback_p50_ms',
  'feedback_p99_ms',
  'cpu_ms_per_turn',
  'client_cpu_ms_per_turn',
  'connector_requests_per_turn',
  'peak_rss_mb',
  'heap_total_mb',
  'heap_used_mb',
];

describe('npm run bench:turns', () => {
  it('drives the real bot and the echo bot over HTTP and prints one JSON object with their figures', async () => {
    const { stdout } = await run(
      tsx,
      [
        path.join(root, 'scripts/bench-turns.ts'),
        '--json',
        '--conversations',
        '2',
        '--messages',
        '20',
        '--warmup',
        '0',
        '--rounds',
        '1',
        '--data-dir',
        ':memory:',
      ],
      { cwd: root, env: { ...process.env, MONGODB_URI: '' }, timeout: 120_000 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, unknown> & {
      bot: Record<string, number>;
      echo: Record<string, number>;
    };
    for (const server of [result.bot, result.echo]) {
      for (const field of SERVER_FIELDS) expect(typeof server[field]).toBe('number');
      expect(server.turns).toBe(20);
      expect(server.failed).toBe(0);
      // Each conversation's 10th turn is a Ja/Nei click.
      expect(server.feedback_turns).toBe(2);
      expect(server.p50_ms).toBeLessThanOrEqual(server.p99_ms!);
      expect(server.peak_rss_mb).toBeGreaterThan(0);
    }
    expect(result.ratio_throughput).toBeCloseTo(
      result.bot.throughput_per_s! / result.echo.throughput_per_s!,
      2,
    );
    expect(result.ratio_p99).toBeCloseTo(result.bot.p99_ms! / result.echo.p99_ms!, 2);
    expect(result.store).toBe('embedded');
    expect(result.store_location).toBe(':memory:');
    expect(result.cores).toBe(os.cpus().length);
  }, 150_000);

  it('refuses an unknown store before starting anything', async () => {
    await expect(
      run(tsx, [path.join(root, 'scripts/bench-turns.ts'), '--json', '--store', 'redis'], { cwd: root }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('--store must be embedded or mongodb') });
  });
});
