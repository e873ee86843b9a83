import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Whether the word at `i` is the one-word question word `raw` (which has its stem): its own inflections, not a longer
 * word with the same stem ("skriveren", the printer, is not "skrive"); not a filler word unless written as it ("Er
 * helsestasjonen ein del av prosjektet?": the article "ein" is not "eining"); and not the noun in -er/-ar for who or
 * what does it, after an article and maybe a word of which ("ein ny skrivar", a printer, is not "skrive").
 */
export function isIntentWord(vocab: Vocabulary, tokens: string[], i: number, raw: string): boolean {
  const token = tokens[i]!;
  if (token.length > raw.length + 2) return false;
  if (vocab.language.fillerWords.has(token) && raw !== token) return false;
  const agent = raw.endsWith('e') && (token === `${raw.slice(0, -1)}ar` || token === `${raw}r`);
  const { articles, modifiers } = vocab.language.roleQuestion;
  const before = tokens[i - 1] ?? '';
  const article = articles.has(before) || (modifiers.has(before) && articles.has(tokens[i - 2] ?? ''));
  return !(agent && article) && !counted(vocab, tokens, i, raw);
}

/** Where and when, counted: "Hvor mange arbeidsplasser …", "How many weeks …" count places and times. */
const COUNTABLE_INTENTS = new Set(['where', 'when']);

/** The word right after a word of counting, and one of place or time: what is counted, not where or when asked. */
function counted(vocab: Vocabulary, tokens: string[], i: number, raw: string): boolean {
  const phrases = vocab.language.intentPhrases;
  const before = i === 0 ? '' : stem(tokens[i - 1]!);
  if (!phrases.some((p) => p.intent === 'count' && p.words.at(-1) === before)) return false;
  return phrases.some((p) => COUNTABLE_INTENTS.has(p.intent) && p.raw === raw);
}
