import type { Analysis } from './analysis';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/** The words that say what something is used for: "til fakturabehandling", "for archiving". */
const PURPOSE = new Set(['til', 'for']);

/**
 * "Hvilket system bruker kommunen til fakturabehandling?", "Kva system nyttar kommunen til timeregistrering for dei
 * tilsette?", "Which IT system does the municipality use for archiving documents?": which system, platform or tool
 * someone uses for a purpose the page has no word of is another system than the page's own (the shared patient
 * record), whatever words of the page the question shares. ("Hvilket system skal kommunen bruke til pasientjournalen?"
 * names a purpose of the page, and "Hva skal plattformen brukes til?" names none: both are answered.)
 */
export function asksSystemForOtherPurpose(vocab: Vocabulary, analysis: Analysis): boolean {
  const { uses, systems, infinitive } = vocab.language.questionShape;
  const { tokens } = analysis;
  if (!tokens.some((t) => systems.has(t))) return false;
  const used = tokens.findIndex((t) => uses.has(t));
  const at = tokens.findIndex((t, k) => used >= 0 && k > used && PURPOSE.has(t));
  if (at < 0) return false;
  let k = at + 1;
  while (k < tokens.length && vocab.stopwords.has(stem(tokens[k]!)) && !infinitive.has(tokens[k]!)) k++;
  // ("… til å sende meldinger": a doing, which may be one the page speaks of.)
  const unknown = (p: number) => analysis.unknownPositions.includes(p);
  // English puts what the purpose is of before its head ("for school enrolment"); Norwegian after ("til innkjøp av …").
  if (analysis.lang !== 'en') return unknown(k);
  let end = k + 1;
  while (end < tokens.length && !vocab.language.questionShape.qualifiers.has(tokens[end]!)) end++;
  let head = end - 1;
  while (head > k && vocab.stopwords.has(stem(tokens[head]!))) head--;
  if (unknown(head)) return true;
  // "for archiving documents": a doing the bot does not know, of nothing that names an entry of the page ("for sending
  // e-messages" names one).
  return (
    unknown(k) &&
    !analysis.knownPositions.some(
      (p, n) => p > k && p < end && vocab.strongVocabulary.has(analysis.known[n]!),
    )
  );
}
