import { perVocabulary } from './per-vocabulary';
import { pageTerms } from './page-lines';
import { firstPartForms, remembered, stem } from './text';
import type { Vocabulary } from './vocabulary';

/** A word of at least so many letters is found inside a compound of the sentence ("teknologi", "velferdsteknologi"). */
const PART_MIN = 5;
/** Two words sharing a start of so many letters, most of the shorter one, are forms of one word ("fysioterap|eut"). */
const SHARED_START = 8;

/**
 * The page's terms a word stands as (see standsAs), per vocabulary and word: worked out against every term of the
 * page the first time a word is claimed, then looked up.
 */
export const pageFormsOf = perVocabulary((vocab: Vocabulary) =>
  remembered((word) => pageTerms(vocab).filter((t) => t === word || standsAs(vocab, word, t))),
);

/**
 * Whether a word of the question stands as a term of the page's lines: as the last part of a compound ("rådet" of
 * "fagrådet", when the first part is a word of the page too), as the first part of one ("teknologi" of
 * "velferdsteknologi" is its last; "flyktningar" of "flyktninghelseteneste"), or in another form of the same word
 * ("fysioterapeutene", "fysioterapitjenester"). Not a line's word inside a compound of the question: "anskaffingsprosjektet"
 * is not any "prosjekt".
 */
function standsAs(vocab: Vocabulary, word: string, t: string): boolean {
  if (/^\d+$/.test(word) || /^\d+$/.test(t)) return false;
  // ("reached" of "reach", "closely" of "close": an English ending the stemmer leaves.)
  const base = word.replace(/(?:ed|ing|ly)$/, '');
  if (base !== word && base.length >= 4 && (t === base || t === stem(base))) return true;
  if (t.length <= word.length) return false;
  if (t.startsWith(word) && word.length >= PART_MIN) return true;
  if (t.endsWith(word) && word.length >= 3) {
    const first = t.slice(0, -word.length);
    return (
      word.length >= PART_MIN || firstPartForms(first).some((f) => f.length >= 3 && vocab.vocabulary.has(f))
    );
  }
  let k = 0;
  while (k < t.length && t[k] === word[k]) k++;
  return k >= SHARED_START && k >= 0.7 * Math.min(t.length, word.length);
}
