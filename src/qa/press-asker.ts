/**
 * An asker from the press asking whom to talk to: "Jeg er journalist i en lokalavis og har noen spørsmål om
 * innføringen. Hvem snakker jeg med, og hva er telefonnummeret?", "jeg er journalist, hvem kan jeg ringe om
 * helseplattformen …?". Whom the press talks to about the project is its press contact; the question, which names no
 * one and nothing but the project itself, asks for that one, not for the project office everyone else may write to.
 */
import { analyse } from './analysis';
import { wordsOf } from './focus';
import type { Vocabulary } from './vocabulary';

/** What asks how to reach someone. */
const REACHING = ['contact', 'phone', 'email'] as const;

/**
 * The rest of the message after an introduction from the press (`intro`), with the words for the press contact added
 * when it asks how to reach someone and names nothing but the project and its places; otherwise the rest as it is.
 */
export function askedOfPressContact(vocab: Vocabulary, intro: string, rest: string): string {
  const asker = vocab.language.asker;
  if (!wordsOf(intro).some((w) => asker.press.has(w.folded))) return rest;
  const asked = analyse(vocab, rest);
  if (!REACHING.some((i) => asked.intents.has(i)) || asked.intents.has('lead')) return rest;
  const general = (t: string) => vocab.projectTerms.has(t) || vocab.orgWords.has(t);
  if (asked.unknown.length > 0 || asked.otherNames.length > 0 || !asked.known.every(general)) return rest;
  // (Within the question, before its closing mark, so it is part of what is asked.)
  const end = rest.lastIndexOf('?');
  const at = end < 0 ? rest.length : end;
  return `${rest.slice(0, at)} ${asker.pressContact[asked.lang]}${rest.slice(at)}`;
}
