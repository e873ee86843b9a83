import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Decision } from './decision';
import { all } from './entries';
import { perVocabulary } from './per-vocabulary';
import type { Vocabulary } from './vocabulary';

/** Per vocabulary, the decisions whose date is a deadline ("legges fram innen 01.10.2018"). */
const dueDecisions = perVocabulary((vocab: Vocabulary): Set<string> => {
  const words = [...vocab.language.questionShape.dueBy].join('|');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new Set(
    vocab.kb.decisions
      .filter((d) => d.date !== undefined)
      .filter((d) => new RegExp(`(?:^|\\s)(?:${words})\\s+${escape(d.date!)}`, 'iu').test(all(d.text)))
      .map((d) => d.id),
  );
});

/**
 * "Hva er fristen for …", "what was the deadline for …", "Når skal Helse Midt-Norge ha gevinststrategien sin klar?",
 * "When must the RHF have its strategy ready?": the date something must be done by is asked for.
 */
export function deadlineAsked(vocab: Vocabulary, analysis: Analysis): boolean {
  const { deadline, done } = vocab.language.questionShape;
  if (analysis.tokens.some((t) => deadline.has(t))) return true;
  return analysis.intents.has('when') && analysis.tokens.some((t) => done.has(t));
}

/**
 * "Når skal strategien for gevinstrealisering være klar?": every word the bot does not know, after «når», is a word for
 * being done, which asks the deadline (see deadlineAsked) and names nothing else.
 */
export function onlyDoneUnknown(vocab: Vocabulary, analysis: Analysis): boolean {
  const { done } = vocab.language.questionShape;
  return (
    analysis.intents.has('when') && analysis.unknownPositions.every((p) => done.has(analysis.tokens[p]!))
  );
}

/** Whether the page gives the decision's date as a deadline: a word for "by" stands right before it in its text. */
export function dueBy(vocab: Vocabulary, id: string): boolean {
  return dueDecisions(vocab).has(id);
}

/**
 * A date asked of a decision or dated fact that the page dates, but not with the date asked for: the page does not
 * give it, and the question is refused (see noDeadline and eventUndated).
 */
export function refuseDateNotGiven(d: Decision): Answer | undefined {
  return noDeadline(d) || eventUndated(d) ? d.fallback : undefined;
}

/**
 * "Kva er fristen for opsjonskommunane til å løyse ut opsjonen?", "What is the deadline for the city council's vote on
 * co-ownership?": a deadline asked of a decision whose date the page gives as when it happens or is expected
 * ("årsskiftet 2018/2019 (forventet)", "29. august"), not as a date it must be done by, is one the page does not give.
 */
function noDeadline(d: Decision): boolean {
  const { vocab, analysis, top } = d;
  if (top.entry.type !== 'decision' || !top.entry.dated) return false;
  if (analysis.yesNo || !deadlineAsked(vocab, analysis)) return false;
  return !dueBy(vocab, top.entry.id);
}

/**
 * "Når skal opsjonen løses ut?", "What is the deadline for our municipality to exercise the option?", "Kva er fristen
 * for opsjonskommunane til å løyse ut opsjonen?": when something is to happen is asked, of a decision or dated fact
 * matched by one name only, but what is to happen is an everyday word the page does not have (exercising the
 * option): the date the page gives is of something else (the strategy that follows the council's handling of the
 * option). ("Når behandler bystyret opsjonen?" asks what the page dates: answered.)
 */
function eventUndated(d: Decision): boolean {
  const { vocab, analysis, top } = d;
  if (top.entry.type !== 'decision' && !(top.entry.type === 'fact' && top.entry.dated)) return false;
  const dateWord = analysis.tokens.some((t) => vocab.language.dateWords.has(t));
  if (!analysis.intents.has('when') && !dateWord) return false;
  // Matched by one name only ("opsjonen", "Helseplattformen AS", "deadline"): the question says nothing else of the
  // entry, so what happens to that thing is all it asks. ("Innan kva dato skal RHF leggje fram strategien …?" names
  // the strategy, who presents it and the doing: the dated entry itself, however one verb of it is written.)
  const at = [...top.terms].map((t) => analysis.positions.get(t) ?? -1);
  if (at.length === 0 || Math.max(...at) - Math.min(...at) + 1 !== at.length) return false;
  // (An everyday word the bot does not know at all: not a name, nor a word it knows in another form.)
  return analysis.unknownPositions.some((p) => analysis.everydayPositions.includes(p));
}
