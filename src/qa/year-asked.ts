import type { Answer } from './answer';
import type { Decision } from './decision';

/**
 * "In what year did the city council vote on 29 August …?", "Hvilket år ble anskaffelsen gjennomført?": the year of a
 * decision or a dated fact is asked for. A date with its year ("01.10.2018", "årsskiftet 2018/2019") answers it; a date
 * without one ("29. august"), or no date at all, does not, and the question is refused.
 */
export function refuseYearNotGiven(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (top.entry.type !== 'decision' && !(top.entry.type === 'fact' && top.entry.dated)) return undefined;
  const { which } = vocab.language.questionShape;
  const { what } = vocab.language.roleQuestion;
  const { year } = vocab.language.questionShape;
  const tokens = analysis.tokens;
  const asked = tokens.some(
    (t, k) => year.has(t) && k > 0 && (which.has(tokens[k - 1]!) || what.has(tokens[k - 1]!)),
  );
  if (!asked) return undefined;
  const date = [...vocab.kb.decisions, ...vocab.kb.facts].find((e) => e.id === top.entry.id)?.date;
  return date !== undefined && /\d{4}/.test(date) ? undefined : fallback;
}
