import type { LanguageData } from './language-data';
import { withForms } from './short-forms';
import { stem, tokenize } from './text';

/** Words in the longest phrase of a group looked for ("de som jobber med helseplattformen"). */
const LONGEST = 5;

/**
 * "Blir dataene fra de gamle fagsystemene flyttet over til Helseplattformen?", "Will our data be moved to the new
 * system?": a word that means what the knowledge base says only beside certain other words (data are migrated when
 * they are moved; offices are not) is read as that word when one of those stands anywhere in the question. A word
 * for a part of what it is read as ("sykepleierne" for the staff trained) is not, where the question says «only» of
 * something: "Skal opplæringsdelprosjektet bare lære opp sykepleierne?" asks of that part alone.
 */
export function withSynonymsBeside(text: string, language: LanguageData): string {
  const groups = language.synonymsBeside;
  if (groups.length === 0) return text;
  const words = new Set(tokenize(text));
  const only = [...words].some((w) => language.claims.only.has(stem(w)));
  return groups.reduce(
    (out, g) =>
      (!g.part || !only) && [...g.beside].some((w) => words.has(w))
        ? withForms(out, g.synonyms, LONGEST)
        : out,
    text,
  );
}
