import type { KnowledgeBase } from '../qa/knowledge-base';

/** The lists of entries an editor changes, with the Norwegian word for each in a summary. */
const SECTIONS = {
  people: 'personer',
  units: 'enheter',
  locations: 'steder',
  subprojects: 'delprosjekter',
  bodies: 'organer',
  decisions: 'beslutninger',
  facts: 'fakta',
} as const satisfies Partial<Record<keyof KnowledgeBase, string>>;

type Section = keyof typeof SECTIONS;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A short summary of what changed between two versions, for the version history: per list, which entries were
 * added, changed and removed (by id), and whether the other parts changed. "Ingen endringer" when nothing did.
 */
export function summarizeChanges(before: KnowledgeBase, after: KnowledgeBase): string {
  const parts: string[] = [];
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const old = new Map(before[section].map((e) => [e.id, e] as const));
    const now = new Map(after[section].map((e) => [e.id, e] as const));
    const added = [...now.keys()].filter((id) => !old.has(id));
    const removed = [...old.keys()].filter((id) => !now.has(id));
    const changed = [...now.keys()].filter((id) => old.has(id) && !same(old.get(id), now.get(id)));
    const bits = [
      added.length ? `ny ${added.join(', ')}` : '',
      changed.length ? `endret ${changed.join(', ')}` : '',
      removed.length ? `fjernet ${removed.join(', ')}` : '',
    ].filter(Boolean);
    if (bits.length) parts.push(`${SECTIONS[section]}: ${bits.join('; ')}`);
  }
  const rest = (['source', 'projectOffice', 'gains', 'collections'] as const).filter(
    (key) => !same(before[key], after[key]),
  );
  if (rest.length) parts.push(`endret ${rest.join(', ')}`);
  const summary = parts.length ? parts.join('. ') : 'Ingen endringer';
  return summary.length > 480 ? `${summary.slice(0, 477)}…` : summary;
}
