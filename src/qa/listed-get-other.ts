import type { Answer } from './answer';
import { type Decision, countAsked } from './decision';
import { listOf } from './lists';
import { stem } from './text';

/**
 * "Hvilke tjenester i Trondheim kommune får ny kantine?", "Which services in Trondheim get a new canteen?", "Hvor
 * mange av medlemmene har fått ny bil?": which or how many of a list have an everyday thing the bot does not know,
 * named last, after a word that makes it a thing (an article, «ny»/"new", a verb of getting), asks about
 * that thing: the page's list says what its items are or take part in, not that. "Which services are covered by the
 * new joint patient record?" names the record after the everyday word, and is answered.
 */
export function refuseListedGetOther(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  const noun = analysis.askedNoun;
  const listed = noun !== undefined || analysis.intents.has('list') || countAsked(analysis);
  if (!listed || analysis.yesNo || listOf(vocab, top.entry) === undefined) return undefined;
  const { tokens } = analysis;
  let last = tokens.length - 1;
  while (last > 0 && vocab.stopwords.has(stem(tokens[last]!)) && !analysis.everydayPositions.includes(last))
    last--;
  const named = Math.max(...analysis.knownPositions);
  if (!analysis.everydayPositions.includes(last) || last <= named) return undefined;
  const { articles, modifiers } = vocab.language.roleQuestion;
  // (Not after a verb of having, which may be an auxiliary: "Which municipality … has signed up as well?")
  const before = tokens[last - 1] ?? '';
  const thing = [articles, modifiers, vocab.language.questionShape.obtain].some((words) => words.has(before));
  return thing ? fallback : undefined;
}
