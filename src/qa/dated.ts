import type { Candidate } from './ranking';
import { perVocabulary } from './per-vocabulary';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Whether a candidate answers "when": a decision or milestone does (its date, or that the page gives none). A fact
 * the page dates does when the question names it and nothing else: "Når ble gruppebildet av opsjonskommunene tatt?",
 * "What date is on the group photo?" ask the photo's date; "When was the project office photo taken?" and "Når ble
 * bildet av Bispegata tatt?" name another thing, whose date the page does not give, and "Når ble samarbeidsrådet
 * etablert?" asks about the council, which is only a word of the photo's entry.
 */
export function answersWhen(c: Candidate, candidates: Candidate[]): boolean {
  if (!c.entry.dated) return false;
  if (c.entry.type !== 'fact') return true;
  const namesOther = (o: Candidate) => o !== c && o.named && [...o.nameTerms].some((t) => !c.terms.has(t));
  return c.named && !candidates.some(namesOther);
}

/** The stems of the words of expecting or planning ("ventet", "expected", "planlagt"), per vocabulary. */
const expectingStems = perVocabulary(
  (vocab: Vocabulary) => new Set([...vocab.language.questionShape.expected].map(stem)),
);

/**
 * Whether a candidate is named only by words of expecting ("Når er det ventet at …?", "When was … expected?"): the
 * benefits are what the municipalities can expect, but in a question of when, the word asks when something was
 * expected.
 */
export function namedByExpecting(vocab: Vocabulary, c: Candidate): boolean {
  const expecting = expectingStems(vocab);
  return c.nameTerms.size > 0 && [...c.nameTerms].every((t) => expecting.has(t));
}
