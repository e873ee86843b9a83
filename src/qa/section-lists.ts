import type { Analysis } from './analysis';
import type { Entry } from './entries';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvor mange formål nevnes for strategien for gevinstrealisering?", "How many purposes does the strategy have?": a
 * count of the bullet list in a subproject's section, asked by a word its items are, which only that list answers.
 * ("Hvor mange jobber med gevinstrealisering?" counts no such list.)
 */
export function countsSectionList(vocab: Vocabulary, analysis: Analysis, entry: Entry): boolean {
  if (entry.type !== 'subproject') return false;
  const list = vocab.subprojects.get(entry.id)?.list;
  if (!list) return false;
  const counted = new Set(list.counted.flatMap((w) => terms(w)));
  return [...analysis.stems].some((s) => counted.has(s));
}
