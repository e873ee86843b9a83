import { fold, stem } from './text';
import type { GeneralVocabulary } from './general-vocabulary';

/** The letters that may join the parts of a Norwegian compound ("fengsel-s-helsetjeneste", "skole-helsetjeneste"). */
const JOINING = ['', 's', 'e'];

/**
 * "helsetjenesten i fengselet", "helsetenesta for flyktningar", "helsetjenesten på skolen": Norwegian says with a
 * preposition what the page has as one word (fengselshelsetjeneste, flyktninghelseteneste, skolehelsetjenesten). A
 * word, a preposition that ties it to the next word (`qualifiers`), and that word are read as the compound of the last
 * word's base form and the first, when an item of a list of the knowledge base is that compound (`itemWord`). A compound it does not have
 * («helsetjenesten for tenner», tannhelsetjeneste) is left as written.
 */
export function withCompoundsJoined(
  text: string,
  qualifiers: Set<string>,
  everyday: GeneralVocabulary,
  itemWord: (folded: string) => boolean,
): string {
  const phrase = /(\p{L}{3,}) (\p{L}+) (\p{L}{3,})(?!\p{L})/gu;
  let out = '';
  let from = 0;
  for (let m = phrase.exec(text); m !== null; m = phrase.exec(text)) {
    const [whole, head, tie, first] = m as unknown as [string, string, string, string];
    const compound = qualifiers.has(fold(tie))
      ? joined(fold(head), fold(first), everyday, itemWord)
      : undefined;
    if (compound === undefined) {
      // The next word may start the phrase: "Skal helsetjenesten for flyktninger".
      phrase.lastIndex = m.index + head.length + 1;
      continue;
    }
    out += text.slice(from, m.index) + compound;
    from = m.index + whole.length;
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
