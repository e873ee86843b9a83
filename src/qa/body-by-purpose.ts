import { fold, stem, terms, tokenize } from './text';
import { perVocabulary } from './per-vocabulary';
import type { Vocabulary } from './vocabulary';

/** A body's name cut at its «for»: what it is called before it, and the stems of what it is for. */
interface BodyPurpose {
  called: string;
  purpose: string[];
}

/**
 * "Hvem leder styringsgruppa for opsjonskommunene?", "Who chairs the steering committee for the option
 * municipalities?": a body of people called by another word ("styringsgruppa", "committee") but said to be for what a
 * body of the page is for (Samarbeidsrådet for opsjonskommuner) is that body: the words for it are read as its name.
 * What it is for must be said in full, right after «for»; a group that is not said to be for anything ("Hvem er
 * nestleder i styringsgruppa?") or for something else stays a body the page does not have.
 */
export function withBodyNamed(vocab: Vocabulary, text: string): string {
  if (!/\sfor\s/iu.test(text)) return text;
  const groups = vocab.language.questionShape.groups;
  const words = text.split(' ');
  const { existential, having } = vocab.language.questionShape;
  const all = tokenize(text);
  const asksThere = existential.has(all[1] ?? '') || all.some((t) => having.has(t));
  for (let i = 0; i < words.length - 2; i++) {
    const word = tokenize(words[i]!);
    const token = word[word.length - 1] ?? '';
    // ("styre" alone is also the verb: "Hvem skal styre for …".)
    const head = [...groups].some((g) => token.endsWith(g) && token !== 'styre');
    // (A word that names a body itself is read as it is: "samarbeidsrådet for opsjonskommuner"; not a bare word for a
    // body asked whether there is one, "Finnes det et råd for opsjonskommunene?", which names no body yet.)
    const named = vocab.namedTerms.has(stem(token)) && !(groups.has(token) && asksThere);
    if (!head || word.length !== 1 || named) continue;
    if (fold(words[i + 1]!) !== 'for') continue;
    const after = terms(words.slice(i + 2).join(' ')).filter((t) => !vocab.stopwords.has(t));
    const body = purposes(vocab).find((b) => b.purpose.every((t, k) => after[k] === t));
    if (!body) continue;
    // "the steering committee": a word before a group word of its own is part of it (not "the", not "chairs").
    const before = terms(words[i - 1] ?? '');
    const own =
      groups.has(token) &&
      before.length === 1 &&
      !vocab.stopwords.has(before[0]!) &&
      !vocab.intentOf(before[0]!);
    const start = own ? i - 1 : i;
    words.splice(start, i - start + 1, body.called);
    break;
  }
  return words.join(' ');
}

/** The bodies' names in every language, cut at «for» (once per vocabulary). */
const purposes = perVocabulary((vocab: Vocabulary): BodyPurpose[] =>
  vocab.kb.bodies.flatMap((b) =>
    Object.values(b.name).flatMap((name) => {
      const [called, purpose] = name.replace(/\s*\(.*?\)/gu, '').split(/\s+for\s+/u);
      if (called === undefined || purpose === undefined) return [];
      const stems = terms(purpose).filter((t) => !vocab.stopwords.has(t));
      return stems.length > 0 ? [{ called: called.replace(/^The\s+/u, ''), purpose: stems }] : [];
    }),
  ),
);
