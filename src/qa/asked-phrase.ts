import type { Analysis } from './analysis';
import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** Which tokens are filler ("av", "the"): they do not start the name of what was asked. */
export function stopwordAt(vocab: Vocabulary, analysis: Analysis): (index: number) => boolean {
  const words = analysis.words();
  const stems = words.map((w) => stem(tokenize(w)[0] ?? ''));
  return (k) => vocab.stopwords.has(stems[k] ?? '');
}

/**
 * The words of the question from `start`, filler at the start left out: the name of what was asked about. Cut after
 * six words, it ends on a word of its own before the filler word the piece cut off began with ("woman responsible for
 * communication in the" is "woman responsible for communication"): a refusal never repeats a broken piece of the
 * question.
 */
export function phraseFrom(
  words: string[],
  start: number,
  filler: (index: number) => boolean,
  trailing: (index: number) => boolean = filler,
): string {
  let k = start;
  while (k < words.length && filler(k)) k++;
  const out: number[] = [];
  for (; k < words.length && out.length < 6; k++)
    if (words[out[out.length - 1] ?? -1] !== words[k]) out.push(k);
  // Cut short, it ends before the last filler word, where the piece cut off began ("nursing in the Trondheim
  // municipality health" is "nursing").
  let end = out.length;
  if (k < words.length) while (end > 1 && !trailing(out[end - 1]!)) end--;
  if (end > 1) out.length = end;
  while (out.length > 1 && trailing(out[out.length - 1]!)) out.pop();
  return out.map((i) => words[i]).join(' ');
}
