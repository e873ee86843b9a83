/**
 * «oss»/«us» followed by the words that say who it is: "for us small kommuner", "interessene til oss
 * opsjonskommunane", "opp mot oss andre kommunene". The pronoun is those words, not the asker's own place.
 */
import type { Word } from './focus';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/** Whether the pronoun at k stands before a word that is no filler and, within two words, a word of the page. */
export function inApposition(vocab: Vocabulary, said: Word[], k: number): boolean {
  const next = said[k + 1];
  if (next === undefined || vocab.stopwords.has(stem(next.folded))) return false;
  return said.slice(k + 1, k + 3).some((w) => vocab.vocabulary.has(stem(w.folded)));
}
