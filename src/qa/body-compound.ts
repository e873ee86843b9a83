import { perVocabulary } from './per-vocabulary';
import { splitCompound } from './spelling';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvilket rådsmedlem leder SiO?", "Hvem er rådsleiar?": a word of the dictionaries made of a body's own name and a
 * word that asks for people of it (a member, a leader, a representative) is that word of the body, not a word of its
 * own the bot does not know. (Other dictionary compounds stay whole: "forslag" is not "for" + "lag", "rådsmøte" asks
 * for no people, and "styremedlem" names no body of the page.)
 */
export function bodyCompound(vocab: Vocabulary, token: string): boolean {
  // (Most words start with no body's name: a quick look before splitting.)
  const names = bodyNames(vocab);
  if (![...names].some((n) => token.startsWith(n))) return false;
  const parts = splitCompound(vocab, token);
  return parts !== undefined && names.has(parts[0]!) && vocab.intentOf(parts[1]!) !== undefined;
}

/** The words the bodies of the page are named by (once per vocabulary). */
const bodyNames = perVocabulary((vocab: Vocabulary): Set<string> => {
  // (Not a small word of a name: "forslag" is not "for" + "lag".)
  const own = vocab.kb.bodies.flatMap((b) => [...(vocab.entryNames.get(b.id) ?? [])]);
  return new Set(own.filter((t) => !vocab.stopwords.has(t)));
});
