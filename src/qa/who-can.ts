import type { Answer } from './answer';
import { answerWith } from './items';
import { stem } from './text';
import { MIN_SCORE, type Question } from './decision';

/** Of the question's words, at least so many must stand in the sentence that says who can. */
const MIN_WORDS = 2;

/**
 * "Who can connect to the chosen solution?", "Hvem kan koble seg på løsningen?", "Who else can …?": asked who can do something, with no
 * topic chosen because the words stand alike in several entries' prose, the sentence that says who can ("All
 * municipalities and GPs in Midt-Norge can connect to the solution that is chosen") answers it: the first candidate
 * with a sentence that has "can" («kan») and every word the question knows, at least two of them. Nothing the page does
 * not know may be asked besides ("Who can connect to the hospital's lab system?").
 */
export function answerWhoCanAlone(q: Question): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = q;
  const may = vocab.language.questionShape.may;
  const { tokens } = analysis;
  // ("Who else can connect …?", "Kven andre kan …?": small words may stand between the question word and its verb.)
  const verbAt = tokens.findIndex((t, k) => k > 0 && (may.has(t) || !vocab.stopwords.has(stem(t))));
  if (!analysis.intents.has('who') || !may.has(tokens[verbAt] ?? '') || analysis.yesNo) return undefined;
  if (analysis.unknown.length > 0 || analysis.everydayPositions.length > 0) return undefined;
  const asked = [...new Set(analysis.known)];
  if (asked.length < MIN_WORDS) return undefined;
  const verbs = [...may].map(stem);
  const best = candidates[0]?.score ?? 0;
  const says = candidates.find(
    (c) =>
      c.score >= best / 2 &&
      (vocab.sentences.get(c.entry.id) ?? []).some(
        (s) => verbs.some((v) => s.terms.has(v)) && asked.every((t) => s.terms.has(t)),
      ),
  );
  // (A topic strong enough to be chosen is answered as chosen.)
  if (!says || says.score >= MIN_SCORE) return undefined;
  return answerWith(vocab, fallback, says.entry);
}
