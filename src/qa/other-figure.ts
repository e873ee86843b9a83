import type { Answer } from './answer';
import type { Decision } from './decision';
import { answerWith } from './items';
import { stem } from './text';

/** A token that is a number as written ("5000", or "500" and "000" of "500 000"). */
const NUMBER = /^\d+$/;

/**
 * "Får 5000 ansatte i Trondheim kommune nytt arbeidsverktøy?", "Er det 500 000 innbyggere som berøres?": a yes/no
 * question that gives a figure of something a sentence of the topic counts, and names nothing that sentence does not,
 * is answered with the topic: the page's own figure says whether it is so ("rundt 7000"). The only words the bot does
 * not know are the figure asked about.
 */
export function answerOtherFigure(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  const { tokens, unknown, unknownPositions } = analysis;
  if (!analysis.yesNo || top.entry.type !== 'fact' || unknown.length === 0) return undefined;
  if (!unknown.every((t) => NUMBER.test(t))) return undefined;
  // What the figure counts: the word right after it (after every group of its digits).
  let end = unknownPositions[0]!;
  while (NUMBER.test(tokens[end + 1] ?? '')) end++;
  const counted = stem(tokens[end + 1] ?? '');
  const said = analysis.known.filter((t) => !NUMBER.test(t));
  const figure = (vocab.figures.get(top.entry.id) ?? []).find(
    (f) => f.counts.has(counted) && said.every((t) => f.words.has(t)),
  );
  return figure ? answerWith(vocab, fallback, top.entry) : undefined;
}
