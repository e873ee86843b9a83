import { perVocabulary } from './per-vocabulary';
import type { Vocabulary } from './vocabulary';

/** Articles that may open the word said first ("a doctor, i.e. …"). */
const ARTICLES = ['a', 'an', 'the', 'en', 'ei', 'et', 'ein', 'eit'];

/**
 * "Is the council member from Verdal a doctor, i.e. the municipal chief medical officer?", "Er Ola prosjektleiar, dvs.
 * leiar for innføringsprosjektet?": after a comma, a word that says what follows means the same (claims.restating)
 * gives the one the question means in the page's words; the word said first (with its article) is read as it.
 */
export function withoutRestated(vocab: Vocabulary, text: string): string {
  const pattern = restating(vocab);
  return pattern === undefined ? text : text.replace(pattern, '');
}

/** The pattern of a word said first, its comma and the restating words after it; undefined without such words. */
const restating = perVocabulary((vocab: Vocabulary): RegExp | undefined => {
  const phrases = vocab.language.claims.restating;
  if (phrases.length === 0) return undefined;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // (A dot may be left out or stand apart: "i.e.", "ie", "dvs".)
  const said = phrases
    .map((p) => escape(p).replace(/\\\./gu, '\\.?').replace(/ /gu, '\\s+'))
    .sort((a, b) => b.length - a.length);
  const article = `(?:\\b(?:${ARTICLES.join('|')})\\s+(?:[\\p{L}-]+\\s+)?)?`;
  return new RegExp(
    `${article}(?<![\\p{L}-])[\\p{L}-]+\\s*,\\s*(?:${said.join('|')})(?=[\\s,])[\\s,]+`,
    'giu',
  );
});
