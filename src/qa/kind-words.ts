import { FIELDS, buildEntries } from './entries';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Per vocabulary, the words for what a list's items are for or whom they serve (`kinds` in the knowledge base): all
 * their terms; those the knowledge base has nowhere else ("barn", "rus"); and the terms that ask about a list that has
 * kinds (its names and aliases, the words of its items: "tjenester", "services", "team").
 */
const kindWords = perVocabulary((vocab: Vocabulary) => {
  const kb = vocab.kb;
  const all = new Set(
    kb.facts.flatMap((f) => f.kinds.flatMap((k) => [...k.serves, ...k.are].flatMap((w) => terms(w)))),
  );
  const plain = buildEntries({ ...kb, facts: kb.facts.map((f) => ({ ...f, kinds: [] })) });
  const elsewhere = new Set(plain.flatMap((e) => FIELDS.flatMap((f) => terms(vocab.writeOut(e[f])))));
  const lists = new Set(
    kb.facts
      .filter((f) => f.kinds.length > 0)
      .flatMap((f) => {
        const items = [f.items?.nb, f.items?.nn, f.items?.en].flatMap((l) => l ?? []);
        return [...(vocab.entryNames.get(f.id) ?? []), ...items.flatMap((x) => terms(vocab.writeOut(x)))];
      })
      .filter((t) => !all.has(t)),
  );
  return { all, only: new Set([...all].filter((t) => !elsewhere.has(t))), lists };
});

/** True when the term is a word for what a list's items are for or whom they serve ("barn", "institusjon"). */
export function isKindWord(vocab: Vocabulary, term: string): boolean {
  return kindWords(vocab).all.has(term);
}

/**
 * "Skal barna få egen journal?", "Can children use the system?": a word for whom a list's items serve that the
 * knowledge base has nowhere else is known only in a question that asks about that list ("Hvilke tjenester for barn
 * …", "Which team working with drug users …"); elsewhere it is the everyday word it is, which the bot knows nothing of.
 */
export function kindWordOutOfPlace(vocab: Vocabulary, term: string, stems: string[]): boolean {
  const words = kindWords(vocab);
  // ("terapitjenester": a kind word that ends in a word of the list asks about the list itself.)
  const ofList = [...words.lists].some(
    (l) => l.length >= MIN_LIST_WORD && term.length > l.length && term.endsWith(l),
  );
  return words.only.has(term) && !ofList && !stems.some((s) => words.lists.has(s));
}

/** The shortest word of a list that a compound kind word may end in ("tjenest" of "terapitjenester"). */
const MIN_LIST_WORD = 5;
