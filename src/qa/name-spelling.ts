import { editDistance, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** Letters of a name word up to which one typing error is allowed beside the rest of the name; two above it. */
const SHORT_NAME = 6;

/**
 * The term of the word of a person's name that a near spelling beside another word of that name stands for:
 * "Arne Sverre Dal" is Arne Sverre Dahl, "Karl Audun Fagerlie" Karl Audun Fagerli. Beside the rest of a name a
 * short word may be a misspelling of it too (one letter missing, extra, swapped or changed; two in a longer word),
 * and it keeps its first letter; a word of that name the question already has is not asked for twice. "Line
 * Andersen" is no one the page names.
 */
export function nameSpelling(vocab: Vocabulary, tokens: string[], at: number): string | undefined {
  const token = tokens[at]!;
  if (token.length < 3) return undefined;
  const max = token.length <= SHORT_NAME ? 1 : 2;
  for (const person of vocab.people.values()) {
    const name = tokenize(person.name);
    if (![tokens[at - 1], tokens[at + 1]].some((t) => t !== undefined && name.includes(t))) continue;
    const near = (w: string) =>
      !tokens.includes(w) && w.length >= 3 && w[0] === token[0] && editDistance(token, w, max) <= max;
    const word = name.find(near);
    if (word !== undefined) return terms(word)[0];
  }
  return undefined;
}
