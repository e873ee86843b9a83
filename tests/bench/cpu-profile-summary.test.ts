import { summarizeCpuProfile } from '../../scripts/bench/cpu-profile-summary';

/** (root) → handle (src/bot) → answer (node_modules/minisearch), and (idle); samples every 1 ms. */
const profile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 4] },
    {
      id: 2,
      callFrame: { functionName: 'handle', url: 'file:///app/src/bot/bot.ts', lineNumber: 9 },
      children: [3],
    },
    {
      id: 3,
      callFrame: {
        functionName: 'search',
        url: 'file:///app/node_modules/minisearch/index.cjs',
        lineNumber: 99,
      },
    },
    { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
  ],
  samples: [2, 3, 3, 3, 4, 4, 4, 4, 4, 4],
  timeDeltas: Array<number>(10).fill(1000),
};

describe('the CPU profile summary of the benchmarks', () => {
  it('counts idle time apart and shares of the busy time by function and by package', () => {
    const summary = summarizeCpuProfile(profile);
    expect(summary.busyMs).toBe(4);
    expect(summary.idleMs).toBe(6);
    expect(summary.functions[0]).toEqual({
      name: 'search minisearch:index.cjs:100',
      selfMs: 3,
      selfPercent: 75,
    });
    expect(summary.places.map((p) => p.name)).toEqual(['minisearch', 'src/bot']);
  });

  it('gives a function the time of what it calls as its total time', () => {
    const handle = summarizeCpuProfile(profile).inclusive.find((h) => h.name.startsWith('handle'));
    expect(handle).toMatchObject({ selfMs: 4, selfPercent: 100 });
  });
});
