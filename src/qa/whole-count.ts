import type { Analysis } from './analysis';
import { listOf } from './lists';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * True when the question asks how many of the counted thing a place or organisation has ("Hvor mange ansatte har
 * Trondheim kommune totalt?", "Kor mange tilsette har Trondheim kommune?"), saying nothing else of them: its whole
 * number. No figure of the page gives that, when each figure in that place is of those its sentence says something
 * more of (the 7000 who get a new tool), and so none is the answer. (A list is counted by its items: not here.)
 */
export function wholeCountAsked(
  vocab: Vocabulary,
  top: Candidate,
  noun: string,
  analysis: Analysis,
): boolean {
  if (listOf(vocab, top.entry)) return false;
  const shape = vocab.language.questionShape;
  const at = analysis.positions.get(noun) ?? -1;
  if (!analysis.tokens.some((t, k) => k > at && shape.possess.has(t))) return false;
  const where = analysis.known.filter((t) => t !== noun);
  if (where.length === 0 || !where.every((t) => vocab.orgWords.has(t))) return false;
  const asked = new Set(analysis.known);
  const telling = (t: string) => !asked.has(t) && !vocab.stopwords.has(t) && vocab.strongEntries(t) > 0;
  const whole = [...vocab.figures.values()]
    .flat()
    .some((f) => where.every((t) => f.words.has(t)) && ![...f.words].some(telling));
  return !whole;
}
