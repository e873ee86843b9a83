import type { Answer, AnswerItem } from './answer';
import type { Decision } from './decision';
import { terms } from './text';

/** The fewest a number before the word for dates must say to ask for several ("two time points"). */
const SEVERAL = 2;

/**
 * "Which two time points are mentioned for the benefits realisation strategy?", "Kva to tidspunkt er nemnde for
 * strategien for gevinstrealisering?": dates asked for in the plural, of what several dated decisions are named by
 * equally (the strategy of the RHF and the one of Trondheim kommune have every word the question has of either), are
 * the dates of each of them, not of the one ranked first. ("Hvilke to tidspunkter gjelder for gevinstrealiseringen,
 * ett for RHF og ett for bystyret i Trondheim?": each is said by who it is for.)
 */
export function answerDatesOfSeveral(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  if (!analysis.intents.has('when') || analysis.yesNo || !severalAsked(d)) return undefined;
  const dated = (id: string) => vocab.decisions.get(id)?.date !== undefined;
  const decidedBy = (id: string) => {
    const by = vocab.decisions.get(id)?.decidedBy;
    return new Set(terms([by?.nb, by?.nn, by?.en].join(' ')));
  };
  if (top.entry.type !== 'decision' || !dated(top.entry.id)) return undefined;
  // "…, ett for RHF og ett for bystyret i Trondheim?": who each is for says which of them, not what they are named by;
  // each of them must be for one of those named.
  const doers = analysis.known.filter((t) => vocab.orgWords.has(t));
  const asked = analysis.known.filter((t) => top.strongTerms.has(t) && !doers.includes(t));
  if (asked.length === 0 || analysis.unknown.length > 0) return undefined;
  const alike = candidates.filter(
    (c) =>
      c.entry.type === 'decision' &&
      dated(c.entry.id) &&
      asked.every((t) => c.strongTerms.has(t)) &&
      (doers.length === 0 || doers.some((t) => decidedBy(c.entry.id).has(t))),
  );
  if (alike.length < SEVERAL) return undefined;
  const items: AnswerItem[] = alike.map((c) => ({
    type: 'decision',
    decision: vocab.decisions.get(c.entry.id)!,
  }));
  return { kind: 'answer', lang: analysis.lang, question: fallback.question, topicId: top.entry.id, items };
}

/** A number of two or more before the word for dates, or "hvilke" (which, of several) opening the question. */
function severalAsked(d: Decision): boolean {
  const { vocab, analysis } = d;
  const { tokens } = analysis;
  const count = (t: string) => (/^\d+$/u.test(t) ? Number(t) : (vocab.language.numberWords.get(t) ?? 0));
  if (tokens.some((t) => count(t) >= SEVERAL)) return true;
  return vocab.language.questionShape.severalWhich.has(tokens[0] ?? '');
}
