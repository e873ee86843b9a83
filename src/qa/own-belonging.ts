/**
 * "Jeg jobber i hjemmetjenesten. PC-en min starter ikke.", "I work in home care. Can I see my own medical record?":
 * a word of the asker's own said of an everyday thing the page does not have is the asker's belonging, not the
 * workplace the introduction names ("Hvem er sjefen min?", "Er kommunen vår med?" point back to it).
 */
import { analyse } from './analysis';
import type { Word } from './focus';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/** Whether the word of the asker's own at k of the text's words is said of an everyday thing, before or after it. */
export function ownsEverydayThing(vocab: Vocabulary, text: string, ws: Word[], k: number): boolean {
  // (After it past a word that only stresses whose it is: "my own medical record", «min egen PC».)
  const stress = vocab.language.claims.own;
  const after = stress.has(stem(ws[k + 1]?.folded ?? '')) ? k + 2 : k + 1;
  // (Everyday or not in the dictionaries at all, «PC-en»: what the page does not have.)
  // (The whole of a word with a hyphen: «PC-en».)
  const whole = (w: Word) => {
    const end = text.slice(w.end).search(/\s|$/u);
    return text.slice(text.lastIndexOf(' ', w.start) + 1, w.end + end);
  };
  const everyday = (w: Word | undefined) => {
    const alone = w === undefined ? undefined : analyse(vocab, whole(w));
    return alone !== undefined && (alone.everydayPositions.length > 0 || alone.unknown.length > 0);
  };
  return everyday(ws[k - 1]) || everyday(ws[after]);
}

/**
 * Whether «der»/"there" at k of the words only says that something is, right after a verb of being and before what
 * is ("Is there a shared email …?", «Er der nokon …?»), not where the asker is.
 */
export function existential(vocab: Vocabulary, ws: Word[], k: number): boolean {
  const { roleQuestion, asker } = vocab.language;
  return (
    asker.existentials.has(ws[k]?.folded ?? '') &&
    roleQuestion.copulas.has(ws[k - 1]?.folded ?? '') &&
    ws[k + 1] !== undefined
  );
}
