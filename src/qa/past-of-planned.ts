import type { Answer } from './answer';
import type { Decision } from './decision';
import { pick } from './knowledge-base';
import type { Analysis } from './analysis';
import { deadlineAsked } from './deadline';
import type { Vocabulary } from './vocabulary';

/**
 * "Når vart strategien for gevinstrealisering lagd fram for bystyret i Trondheim?", "When was the benefits strategy
 * approved by the city council?", "When did the council decide on co-ownership?": when a planned decision was made,
 * asked in the past tense right after the question word, the page cannot say: it gives only when it is to be (or is
 * expected to be) made. The answer says so and shows the decision with that date. ("Når skal bystyret avgjøre
 * deleierskapet?" is answered, and so are "What was the deadline for the RHF's strategy?" and "When was bystyret
 * expected to deal with the option?": the date the page gives.)
 */
export function refusePastOfPlanned(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (top.entry.type !== 'decision' || analysis.opening !== 'when') return undefined;
  const made = vocab.decisions.get(top.entry.id);
  if (made?.status !== 'planned') return undefined;
  const { past, expected } = vocab.language.questionShape;
  const k = analysis.tokens.findIndex((t) => past.has(t));
  if (k < 1 || !analysis.intentPositions.includes(k - 1)) return undefined;
  // "When was bystyret expected to deal with the option?": when it was expected is the date the page gives.
  if (analysis.tokens.some((t) => expected.has(t))) return undefined;
  // "When was Trondheim city council deciding on co-ownership?": «was» with a verb in -ing after it tells the plan as
  // it stood then, as «expected» does, not what came of it.
  const be = vocab.language.roleQuestion.copulas;
  if (
    analysis.lang === 'en' &&
    be.has(analysis.tokens[k]!) &&
    analysis.tokens.some((t, i) => i > k && /..ing$/u.test(t))
  )
    return undefined;
  return {
    ...fallback,
    topicId: made.id,
    items: [{ type: 'decision', decision: made }],
    missing: { attribute: 'outcome', subject: pick(made.title, analysis.lang) },
  };
}

/** The answer that a planned decision's outcome is not known, when the question asks what it ended with. */
export function outcomeUnknown(
  vocab: Vocabulary,
  id: string,
  analysis: Analysis,
  fallback: Answer,
): Answer | undefined {
  const d = vocab.decisions.get(id);
  if (!d || d.status !== 'planned' || !(analysis.intents.has('outcome') || analysis.past)) return undefined;
  // "What was the deadline for …", "Was the RHF's strategy due by …?": the past tense of a deadline asked, or of a
  // word of planning, is of the date the page gives, not of what happened.
  const planned = analysis.tokens.some((t) => vocab.language.questionShape.expected.has(t));
  const dated = planned || (!analysis.yesNo && deadlineAsked(vocab, analysis));
  if (!analysis.intents.has('outcome') && dated) return undefined;
  return {
    ...fallback,
    topicId: d.id,
    items: [{ type: 'decision', decision: d }],
    missing: { attribute: 'outcome', subject: pick(d.title, analysis.lang) },
  };
}
