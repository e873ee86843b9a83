/**
 * The hottest functions of a V8 CPU profile (node --cpu-prof): self time per function, and per package or source
 * folder, so a benchmark's profile can be read without a browser.
 *   npx tsx scripts/bench/cpu-profile-summary.ts bench-output/profiles/bot-....cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One line of the summary: where, and its share of the busy time (the samples that were not idle). */
export interface HotSpot {
  name: string;
  /** Time spent in it (self time, or total time with what it calls: see the list it is in). */
  selfMs: number;
  selfPercent: number;
}

/** The sample V8 takes while the thread waits for work. */
const IDLE = '(idle)';

/** Where a source URL belongs: the npm package, a folder of this project, or node itself. */
function placeOf(url: string): string {
  if (!url) return '(native, GC, program)';
  if (url.startsWith('node:')) return 'node:internal';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const src = url.indexOf('/src/');
  if (src >= 0) return path.dirname(url.slice(src + 1));
  return path.basename(url);
}

/** Self time by function and by package, hottest first, as shares of the busy time. */
export function summarizeCpuProfile(
  profile: CpuProfile,
  top = 25,
): { busyMs: number; idleMs: number; functions: HotSpot[]; places: HotSpot[]; inclusive: HotSpot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let busyUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    if (byId.get(id)?.callFrame.functionName === IDLE) {
      idleUs += dt;
      return;
    }
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    busyUs += dt;
  });
  const nameOf = (frame: ProfileNode['callFrame']) => {
    const where = frame.url
      ? `${placeOf(frame.url)}:${path.basename(frame.url)}:${frame.lineNumber + 1}`
      : '';
    return `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = nameOf(frame);
    functions.set(name, (functions.get(name) ?? 0) + us);
    const place = placeOf(frame.url);
    places.set(place, (places.get(place) ?? 0) + us);
  }
  // Total time: a function's own time plus that of everything it called (recursion counted once).
  const totalUs = new Map<number, number>();
  const totalOf = (id: number): number => {
    const node = byId.get(id);
    const us = (selfUs.get(id) ?? 0) + (node?.children ?? []).reduce((sum, child) => sum + totalOf(child), 0);
    totalUs.set(id, us);
    return us;
  };
  const root = profile.nodes[0];
  if (root) totalOf(root.id);
  const inclusive = new Map<string, number>();
  const onStack = new Map<string, number>();
  const walk = (id: number) => {
    const node = byId.get(id);
    if (!node) return;
    const name = nameOf(node.callFrame);
    const depth = onStack.get(name) ?? 0;
    if (depth === 0) inclusive.set(name, (inclusive.get(name) ?? 0) + (totalUs.get(id) ?? 0));
    onStack.set(name, depth + 1);
    for (const child of node.children ?? []) walk(child);
    onStack.set(name, depth);
  };
  if (root) walk(root.id);
  const ranked = (m: Map<string, number>): HotSpot[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        selfMs: Math.round(us / 1000),
        selfPercent: Number(((100 * us) / Math.max(1, busyUs)).toFixed(1)),
      }));
  return {
    busyMs: Math.round(busyUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    functions: ranked(functions),
    places: ranked(places),
    inclusive: ranked(inclusive),
  };
}

/** The summary as text lines. */
export function formatCpuProfileSummary(file: string, top = 25): string {
  const { busyMs, idleMs, functions, places, inclusive } = summarizeCpuProfile(
    JSON.parse(readFileSync(file, 'utf8')) as CpuProfile,
    top,
  );
  const line = (h: HotSpot) =>
    `${String(h.selfPercent).padStart(5)} %  ${String(h.selfMs).padStart(6)} ms  ${h.name}`;
  return [
    `CPU profile ${file}: busy ${busyMs} ms, idle ${idleMs} ms`,
    'self time (share of busy time) by package or folder:',
    ...places.map(line),
    'self time by function:',
    ...functions.map(line),
    'total time (with what it calls) by function:',
    ...inclusive.map(line),
  ].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const files = args.filter((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
  if (files.length === 0)
    throw new Error('usage: tsx scripts/bench/cpu-profile-summary.ts FILE.cpuprofile [--top N]');
  for (const file of files) console.log(formatCpuProfileSummary(file, top));
}
