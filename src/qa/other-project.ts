import type { Analysis } from './analysis';
import { COLLECTIONS } from './entries';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * "Kan du liste opp delprosjektene i det sentrale innføringsprosjektet?": a word right before a name of the project
 * that the project is not called by (as it is «lokale») and that is no place or organisation (as «Trondheims» is)
 * says it is another project of that kind, whose parts the page does not give. Its position, or undefined.
 */
export function otherProjectWord(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
): number | undefined {
  const project = (t: string) =>
    candidates.find((c) => c.entry.type === 'unit' && c.strongTerms.has(t) && vocab.projectTerms.has(t));
  for (const [k, t] of analysis.known.entries()) {
    const at = analysis.knownPositions[k]!;
    const next = analysis.known[analysis.knownPositions.indexOf(at + 1)];
    const unit = next === undefined ? undefined : project(next);
    // (Nor the name of the list asked for: "delprosjekter innføringsprosjekt trondheim".)
    const list = candidates.some((c) => COLLECTIONS.has(c.entry.type) && c.strongTerms.has(t));
    if (unit && !list && !project(t) && !unit.strongTerms.has(t) && !vocab.orgWords.has(t)) return at;
  }
  return undefined;
}
