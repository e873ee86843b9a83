import { fold, stem } from './text';
import type { GeneralVocabulary } from './general-vocabulary';

/** The letters that may join the parts of a Norwegian compound ("fengsel-s-helsetjeneste", "skole-helsetjeneste"). */
const JOINING = ['', 's', 'e'];

/**
 * "helsetjenesten i fengselet", "helsetenesta for flyktningar", "helsetjenesten på skolen": Norwegian says with a
 * preposition what the page has as one word (fengselshelsetjeneste, flyktninghelseteneste, skolehelsetjenesten). A
 * word, a preposition that ties it to the next word (`qualifiers`), and that word are read as the compound of the last
 * word's base form and the first, when an item of a list of the knowledge base is that compound (`itemWord`). So are
 * words with one more such tie between ("helsetjenesten for innsatte i fengsel"). A compound no list has
 * («helsetjenesten for tenner», tannhelsetjeneste) is left as written.
 */
export function withCompoundsJoined(
  text: string,
  qualifiers: Set<string>,
  everyday: GeneralVocabulary,
  itemWord: (folded: string) => boolean,
): string {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({
    word: m[0],
    at: m.index,
    end: m.index + m[0].length,
  }));
  // Words i..j written one space apart, every other one from the second a preposition that ties.
  const phrase = (i: number, j: number) =>
    j < words.length &&
    words.slice(i, j).every((w, k) => text.slice(w.end, words[i + k + 1]!.at) === ' ') &&
    words.slice(i, j + 1).every((w, k) => (k % 2 === 1 ? qualifiers.has(fold(w.word)) : w.word.length >= 3));
  let out = '';
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    for (const j of [i + 2, i + 4]) {
      if (!phrase(i, j)) continue;
      const compound = joined(fold(words[i]!.word), fold(words[j]!.word), everyday, itemWord);
      if (compound === undefined) continue;
      out += text.slice(from, words[i]!.at) + compound;
      from = words[j]!.end;
      i = j;
      break;
    }
  }
  return out + text.slice(from);
}

/** The compound of a base form of `first` and `head`, when the knowledge base has it and it says more than either part. */
function joined(
  head: string,
  first: string,
  everyday: GeneralVocabulary,
  itemWord: (folded: string) => boolean,
): string | undefined {
  const bases = [...new Set([...everyday.lemmas(first), first])];
  for (const base of bases)
    for (const joining of JOINING) {
      const compound = base + joining + head;
      // Its stem must reach into both parts ("kommuneenhet" stems to "kommun": no item of that name).
      const reach = stem(compound).length;
      if (itemWord(compound) && reach > stem(head).length && reach > base.length + joining.length)
        return compound;
    }
  return undefined;
}
