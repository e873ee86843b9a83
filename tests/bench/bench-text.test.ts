import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

describe('npm run bench:text', () => {
  it('prints, for ordinary words and every hostile text, the time at each length, the growth and the target', async () => {
    // Short texts and one round: this checks what the bench reports, not how fast anything is.
    const { stdout } = await run(
      tsx,
      [path.join(root, 'scripts/bench-text.ts'), '--json', '--kb', '2', '--rounds', '1'],
      {
        cwd: root,
        timeout: 120_000,
      },
    );
    const result = JSON.parse(stdout) as {
      target: { max_growth_for_4x_text: number };
      families: {
        name: string;
        ms: Record<string, number>;
        growth_quarter_to_whole: number;
        growth_half_to_double: number;
        ratio_to_ordinary: number;
        meets_target: boolean;
      }[];
      targets_met: boolean;
    };
    expect(result.target.max_growth_for_4x_text).toBe(8);
    expect(result.families[0]!.name).toBe('ordinary words');
    const names = result.families.map((f) => f.name).join(' | ');
    for (const kind of [
      'markup',
      '«1 1 1»',
      'dots in an address',
      'spelled-out dots',
      'obfuscated',
      'birth dates',
      '«<at>»',
      "'<' alone",
    ])
      expect(names).toContain(kind);
    for (const family of result.families) {
      expect(Object.keys(family.ms)).toEqual(['0.25x', '0.5x', '1x', '2x']);
      for (const figure of [
        ...Object.values(family.ms),
        family.growth_quarter_to_whole,
        family.growth_half_to_double,
      ])
        expect(Number.isFinite(figure)).toBe(true);
      expect(typeof family.meets_target).toBe('boolean');
    }
    expect(typeof result.targets_met).toBe('boolean');
  });
});
