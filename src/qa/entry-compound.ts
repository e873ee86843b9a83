import { perVocabulary } from './per-vocabulary';
import { splitCompound } from './spelling';
import type { Vocabulary } from './vocabulary';

/**
 * "Kva for eit skulebygg held prosjektet til i?", "I hvilket kontorbygg …": a word of the dictionaries made of two
 * words that both name one entry of the page (the premises are called a school and a building) is that entry said in
 * one word, not a word of its own the bot does not know. (Other dictionary compounds stay whole: "fravær" is not
 * "fra" + "vær", and a compound of words of two different entries names neither.)
 */
export function entryCompound(vocab: Vocabulary, token: string): boolean {
  const parts = splitCompound(vocab, token);
  if (parts === undefined) return false;
  const byName = entriesByName(vocab);
  const first = byName.get(parts[0]!);
  const last = byName.get(parts[1]!);
  return first !== undefined && last !== undefined && [...first].some((id) => last.has(id));
}

/** Per term of an entry's own names and aliases: the entries it names (once per vocabulary). */
const entriesByName = perVocabulary((vocab: Vocabulary): Map<string, Set<string>> => {
  const found = new Map<string, Set<string>>();
  for (const [id, names] of vocab.entryNames)
    for (const term of names) {
      if (vocab.stopwords.has(term)) continue;
      const ids = found.get(term) ?? new Set<string>();
      ids.add(id);
      found.set(term, ids);
    }
  return found;
});
