/**
 * A question in a conversation that points back to the asker's question before it: "Og hva er e-posten hennes?" after
 * "Hvem kan jeg spørre om opplæringen?" asks for May Liz Bjørnevik Tho's e-mail address.
 */
import type { Answer } from './answer';
import { refersBack } from './question-parts';
import type { Vocabulary } from './vocabulary';

/**
 * A question that finds nothing alone and points back (a pronoun, «det», «their») asks of what the asker's question
 * before it was about. Returns the message the two make (the earlier first), to be answered as one, when that gives
 * another answer than either alone; otherwise undefined ("Hva blir været i morgen, tror du det?" still finds nothing).
 */
export function followUpMessage(
  vocab: Vocabulary,
  answer: (message: string) => Answer,
  previous: string,
  question: string,
): string | undefined {
  if (answer(question).kind !== 'fallback' || !refersBack(question, vocab.language.focus)) return undefined;
  const before = previous.trim();
  const both = `${/[.?!]$/.test(before) ? before : `${before}?`} ${question.trim()}`;
  const shown = (a: Answer) => JSON.stringify({ ...a, question: '' });
  const found = shown(answer(both));
  return found === shown(answer(before)) || found === shown(answer(question)) ? undefined : both;
}
