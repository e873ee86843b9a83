import type { Analysis } from './analysis';
import { COLLECTIONS } from './entries';
import { PROMOTE_RATIO } from './decision';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * "Hva går gevinstrealisering ut på i prosjektet?": a word for the project as a whole beside the name of a part of it
 * (and its kind: «delprosjektet Funksjonalitet i det lokale …») says where the part is, which beats it when close.
 * (Not beside a place or organisation, "i Trondheim kommune", which says whose: of the part named with its kind too.)
 * A closer match that names what is asked by a word neither the project nor that part has is the part asked, though:
 * "Hvordan skal plattformen gjøre hverdagen mer effektiv for de ansatte?" asks how the work gets more efficient (the
 * benefits), and the staff it is for do not make it a question of how many are affected.
 */
export function partInProject(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (!vocab.isProject(top.entry.id)) return undefined;
  if (![...top.nameTerms].every((t) => vocab.projectTerms.has(t))) return undefined;
  const kind = (t: string) => candidates.some((c) => COLLECTIONS.has(c.entry.type) && c.nameTerms.has(t));
  const whose = (t: string) => vocab.orgWords.has(t) && [...top.terms].some(kind);
  const rest = [...top.terms].filter((t) => !vocab.projectTerms.has(t) && !kind(t) && !whose(t));
  if (rest.length === 0 || rest.some((t) => vocab.orgWords.has(t))) return undefined;
  const named = (c: Candidate) =>
    rest.every((t) => c.nameTerms.has(t)) && c.score >= PROMOTE_RATIO * top.score;
  const part = candidates.find((c) => c !== top && named(c));
  if (!part) return undefined;
  const closer = (c: Candidate) =>
    c !== top &&
    c !== part &&
    c.score > part.score &&
    [...c.nameTerms].some((t) => analysis.known.includes(t) && !top.terms.has(t) && !part.terms.has(t));
  return candidates.find(closer) ?? part;
}
