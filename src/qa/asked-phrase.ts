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

/**
 * The name of what the question asks about from `start` (see phraseFrom); undefined when no name stands there but a
 * verb ("ansvaret for å koordinere arbeidet"), a question word, or nothing, or when a verb follows it, which makes it
 * the subject of a clause ("figures does the page give"): a refusal then says plainly that it does not know, never
 * "who leads koordinere" or "who leads figures does the page".
 */
export function namedFrom(
  vocab: Vocabulary,
  analysis: Analysis,
  start: number,
  filler: (index: number) => boolean,
  trailing: (index: number) => boolean = filler,
): string | undefined {
  const { tokens } = analysis;
  const words = analysis.words();
  const shape = vocab.language.questionShape;
  // (Not "to", which is a preposition as often: "the keys to the building".)
  const auxiliary = (t: string) => shape.beforeVerb.has(t) && t !== 'to';
  const verb = (k: number) =>
    shape.yesNo.has(tokens[k]!) ||
    vocab.language.roleQuestion.copulas.has(tokens[k]!) ||
    auxiliary(tokens[k]!);
  let k = start;
  while (k < tokens.length && filler(k)) k++;
  // (A verb after «å» or "to": what is done, not a thing named.)
  const before = (words[k - 1] ?? '').toLowerCase();
  const done = shape.infinitive.has(before) || (analysis.lang === 'en' && before === 'to');
  if (k >= tokens.length || done || verb(k) || analysis.intentPositions.includes(k)) return undefined;
  let end = k;
  while (end < tokens.length && !verb(end)) end++;
  // ("sørge for at alle medarbeiderne får skolering": a verb after it makes it the subject of what is done.)
  if (end < tokens.length) return undefined;
  const phrase = phraseFrom(words, start, filler, trailing);
  return phrase === '' ? undefined : phrase;
}
