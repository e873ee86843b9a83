import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Where a name stands that the bot does not know, which makes the question one about another place or organisation
 * than those the page is about:
 * - an unknown word written with a capital letter inside a sentence ("Bergen", "Helse Vest"), or one of which only the
 *   first part is known ("Helsedirektoratet"). After an abbreviation's full stop ("St. Olavs hospital") the sentence
 *   goes on; after any other full stop a capital letter starts a sentence.
 * - an unknown word right before a word for a municipality or county, however it is written ("bergen kommune",
 *   "Ålesund municipality"), unless an article stands before it ("en stor kommune").
 * - an unknown word of a name the language data holds of a place or organisation elsewhere, however it is written
 *   ("kva journalsystem nyttar helse vest", "which platform does stavanger use").
 */
export function otherNamesIn(
  vocab: Vocabulary,
  text: string,
  tokens: string[],
  words: () => string[],
  nameless: number[],
): number[] {
  if (nameless.length === 0) return [];
  const raw = text.split(/\s+/).flatMap((w) => tokenize(w).map(() => w));
  const { placeNouns } = vocab.language.questionShape;
  const articles = vocab.language.roleQuestion.articles;
  const sentenceEnd = (w: string) => /[.!?:]$/.test(w) && !/^\p{Lu}\p{Ll}?\.$/u.test(w);
  // ("… by 1 November 2018?": a month is no name of a place, in English written with a capital.)
  const months = vocab.language.claims.months;
  return nameless.filter((p) => {
    // (Nor a word for a group of countries: "I'm comparing Nordic health IT programmes"; nor a day of the week in a
    // sentence of the asker's own: "I'd like to know before our staff meeting on Monday", "My editor wants it by
    // Friday". "A colleague says the council meets every Friday" says a day of the council's, which the page names
    // nowhere.)
    if (months.has(stem(tokens[p] ?? '')) || vocab.language.countryGroups.has(tokens[p] ?? '')) return false;
    if (vocab.language.weekdays.has(tokens[p] ?? '') && askersOwnSentence(vocab, raw, tokens, p))
      return false;
    if (placeNouns.has(tokens[p + 1] ?? '') && !articles.has(tokens[p - 1] ?? '')) return true;
    if (nameElsewhereAt(vocab.language.namesElsewhere, tokens, p)) return true;
    // ("Leste i Adresseavisen om bystyret …": where the asker read it.)
    const { readIn, prepositions } = vocab.language.asker;
    if (prepositions.has(tokens[p - 1] ?? '') && readIn.has(tokens[p - 2] ?? '')) return false;
    return p > 0 && /^\p{Lu}/u.test(words()[p] ?? '') && !sentenceEnd(raw[p - 1] ?? '');
  });
}

/** Whether a name of a place or organisation elsewhere stands in the tokens over position p. */
function nameElsewhereAt(names: string[][], tokens: string[], p: number): boolean {
  return names.some((name) => name.some((_, j) => name.every((w, k) => tokens[p - j + k] === w)));
}

/** Whether the sentence around position p opens with the asker («jeg», "I'm", "we") or the asker's own ("my", "our"). */
function askersOwnSentence(vocab: Vocabulary, raw: string[], tokens: string[], p: number): boolean {
  let start = p;
  while (start > 0 && !/[.!?:]$/u.test(raw[start - 1] ?? '')) start--;
  const opener = (tokens[start] ?? '').split(/['’]/u)[0] ?? '';
  return vocab.language.focus.self.has(opener) || vocab.language.focus.own.has(opener);
}
