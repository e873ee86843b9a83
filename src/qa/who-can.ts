import type { Analysis } from './analysis';
import type { Answer } from './answer';
import { answerWith } from './items';
import type { Candidate } from './ranking';
import { stem } from './text';
import { MIN_SCORE, PROMOTE_RATIO, type Question } from './decision';
import type { Vocabulary } from './vocabulary';

/** Of the question's words, at least so many must stand in the sentence that says who can. */
const MIN_WORDS = 2;

/**
 * The words the question knows, when it asks who can do something ("Who can connect to the chosen solution?", "Who
 * else can …?", "Who in Central Norway can …?", "Kven andre kan …?"): small words and words it knows may stand between
 * the question word and «can». Nothing the page does not know may be asked besides ("Who can connect to the
 * hospital's lab system?"). Undefined otherwise.
 */
function whoCanAsked(vocab: Vocabulary, analysis: Analysis): string[] | undefined {
  const may = vocab.language.questionShape.may;
  const { tokens } = analysis;
  const known = new Set(analysis.known);
  const verbAt = tokens.findIndex(
    (t, k) => k > 0 && (may.has(t) || !(vocab.stopwords.has(stem(t)) || known.has(stem(t)))),
  );
  if (!analysis.intents.has('who') || !may.has(tokens[verbAt] ?? '') || analysis.yesNo) return undefined;
  if (analysis.unknown.length > 0 || analysis.everydayPositions.length > 0) return undefined;
  const asked = [...known];
  return asked.length < MIN_WORDS ? undefined : asked;
}

/** Whether one of the candidate's sentences has «can» and every word asked. */
function saysWhoCan(vocab: Vocabulary, c: Candidate, asked: string[]): boolean {
  const verbs = [...vocab.language.questionShape.may].map(stem);
  return (vocab.sentences.get(c.entry.id) ?? []).some(
    (s) => verbs.some((v) => s.terms.has(v)) && asked.every((t) => s.terms.has(t)),
  );
}

/**
 * "Who can connect to the chosen solution?": asked who can do something, with no topic chosen because the words stand
 * alike in several entries' prose, the sentence that says who can ("All municipalities and GPs in Midt-Norge can
 * connect to the solution that is chosen") answers it: the first candidate with a sentence that has "can" («kan») and
 * every word the question knows (see whoCanAsked).
 */
export function answerWhoCanAlone(q: Question): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = q;
  const asked = whoCanAsked(vocab, analysis);
  if (asked === undefined) return undefined;
  const best = candidates[0]?.score ?? 0;
  const says = candidates.find((c) => c.score >= best / 2 && saysWhoCan(vocab, c, asked));
  // (A topic strong enough to be chosen is answered as chosen.)
  if (!says || says.score >= MIN_SCORE) return undefined;
  return answerWith(vocab, fallback, says.entry);
}

/**
 * "Who else in Central Norway can connect to the chosen solution?": so when a topic is chosen that has no such sentence
 * (the words for Midt-Norge also name Helse Midt-Norge RHF): a close runner-up that has it is the topic.
 */
export function whoCanTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  const asked = whoCanAsked(vocab, analysis);
  if (asked === undefined || saysWhoCan(vocab, top, asked)) return undefined;
  return candidates.find(
    (c) => c !== top && c.score >= PROMOTE_RATIO * top.score && saysWhoCan(vocab, c, asked),
  );
}
