/**
 * Where the asker's introduction says the asker is, as asker-context.ts keeps it: the place the page knows that it
 * names ("As a GP in Trondheim I'm curious which services …": the services in Trondheim), and the asker's own
 * correction of it, which goes on introducing them ("Eg er kommunestyrepolitikar i Gloppen... nei, Stranda. Når …?",
 * "I'm a nurse in Molde, sorry, Aukra. Who …?"): the place corrected to says who asks, not what is asked about.
 */
import { analyse } from './analysis';
import { MIN_SCORE } from './decision';
import { sentencesOf, wordsOf } from './focus';
import { rank } from './ranking';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** So many words may follow the word that opens a correction ("nei, Stranda", "sorry, I mean Aukra kommune"). */
const CORRECTION_REACH = 4;

/**
 * The asker's correction at the start of `text` (the words after the introduction, in its sentence or the next one):
 * how long it is there, or 0. It opens with a word of `asker.corrections`, asks nothing, is short, and is not all
 * that is left.
 */
export function correctionLength(vocab: Vocabulary, text: string): number {
  const sentence = sentencesOf(text)[0];
  if (sentence === undefined || sentence.includes('?')) return 0;
  const ws = wordsOf(sentence);
  const phrase = vocab.language.asker.corrections.find((p) => p.every((w, k) => ws[k]?.folded === w));
  if (phrase === undefined || ws.length === phrase.length || ws.length - phrase.length > CORRECTION_REACH)
    return 0;
  const end = text.indexOf(sentence) + sentence.length;
  return /\p{L}/u.test(text.slice(end)) ? end : 0;
}

/**
 * The place the page knows that the introduction names, with its preposition ("in Trondheim"), when the rest names
 * none, nor a topic by its own name ("Eg er sjukepleiar i Orkland. Kven leiar samarbeidsrådet?": not Orkland's member).
 * A place the asker corrected to stands in for the one first named.
 */
export function placeIn(vocab: Vocabulary, intro: string, rest: string, correction = ''): string {
  const known = (text: string) => {
    const ts = terms(text);
    return ts.length > 0 && ts.every((t) => vocab.employers.has(t));
  };
  if (terms(rest).some((t) => vocab.employers.has(t))) return '';
  const asked = analyse(vocab, rest);
  const ranked = rank(vocab, asked.known, asked.intents, asked.stems);
  if (ranked.some((c) => c.named && c.score >= MIN_SCORE)) return '';
  const said = wordsOf(correction).some((w) => known(correction.slice(w.start, w.end))) ? correction : intro;
  const ws = wordsOf(said);
  const first = ws.findIndex((w) => known(said.slice(w.start, w.end)));
  if (first < 0) return '';
  let last = first;
  while (last + 1 < ws.length && known(said.slice(ws[last + 1]!.start, ws[last + 1]!.end))) last++;
  const within = vocab.language.questionShape.within.has(ws[first - 1]?.folded ?? '');
  return said.slice(ws[within ? first - 1 : first]!.start, ws[last]!.end);
}
