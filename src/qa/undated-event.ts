import type { Answer } from './answer';
import type { Decision } from './decision';

/**
 * "Når skal opsjonen løses ut?", "What is the deadline for our municipality to exercise the option?", "Kva er fristen
 * for opsjonskommunane til å løyse ut opsjonen?": when something is to happen is asked, of a decision or dated fact
 * matched by one name only, but what is to happen is an everyday word the page does not have (exercising the
 * option): the date the page gives is of something else (the strategy that follows the council's handling of the
 * option), and the question is refused. ("Når behandler bystyret opsjonen?" asks what the page dates: answered.)
 */
export function refuseUndatedEvent(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (top.entry.type !== 'decision' && !(top.entry.type === 'fact' && top.entry.dated)) return undefined;
  const dateWord = analysis.tokens.some((t) => vocab.language.dateWords.has(t));
  if (!analysis.intents.has('when') && !dateWord) return undefined;
  // Matched by one name only ("opsjonen", "Helseplattformen AS", "deadline"): the question says nothing else of the
  // entry, so what happens to that thing is all it asks. ("Innan kva dato skal RHF leggje fram strategien …?" names
  // the strategy, who presents it and the doing: the dated entry itself, however one verb of it is written.)
  const at = [...top.terms].map((t) => analysis.positions.get(t) ?? -1);
  if (at.length === 0 || Math.max(...at) - Math.min(...at) + 1 !== at.length) return undefined;
  // (An everyday word the bot does not know at all: not a name, nor a word it knows in another form.)
  const unknownEveryday = analysis.unknownPositions.some((p) => analysis.everydayPositions.includes(p));
  return unknownEveryday ? fallback : undefined;
}
