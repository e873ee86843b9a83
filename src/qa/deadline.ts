import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Decision } from './decision';
import { all } from './entries';
import type { Vocabulary } from './vocabulary';

/** Per vocabulary, the decisions whose date is a deadline ("legges fram innen 01.10.2018"). */
const dueDecisions = new WeakMap<Vocabulary, Set<string>>();

/**
 * "Hva er fristen for …", "what was the deadline for …", "Når skal Helse Midt-Norge ha gevinststrategien sin klar?",
 * "When must the RHF have its strategy ready?": the date something must be done by is asked for.
 */
export function deadlineAsked(vocab: Vocabulary, analysis: Analysis): boolean {
  const { deadline, done } = vocab.language.questionShape;
  if (analysis.tokens.some((t) => deadline.has(t))) return true;
  return analysis.intents.has('when') && analysis.tokens.some((t) => done.has(t));
}

/** Whether the page gives the decision's date as a deadline: a word for "by" stands right before it in its text. */
export function dueBy(vocab: Vocabulary, id: string): boolean {
  let due = dueDecisions.get(vocab);
  if (!due) {
    const words = [...vocab.language.questionShape.dueBy].join('|');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    due = new Set(
      vocab.kb.decisions
        .filter((d) => d.date !== undefined)
        .filter((d) => new RegExp(`(?:^|\\s)(?:${words})\\s+${escape(d.date!)}`, 'iu').test(all(d.text)))
        .map((d) => d.id),
    );
    dueDecisions.set(vocab, due);
  }
  return due.has(id);
}

/**
 * "Kva er fristen for opsjonskommunane til å løyse ut opsjonen?", "What is the deadline for the city council's vote on
 * co-ownership?": a deadline asked of a decision whose date the page gives as when it happens or is expected
 * ("årsskiftet 2018/2019 (forventet)", "29. august"), not as a date it must be done by, is one the page does not give.
 */
export function refuseNoDeadline(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (top.entry.type !== 'decision' || !top.entry.dated) return undefined;
  if (analysis.yesNo || !deadlineAsked(vocab, analysis)) return undefined;
  return dueBy(vocab, top.entry.id) ? undefined : fallback;
}
