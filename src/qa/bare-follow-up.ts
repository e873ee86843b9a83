import type { Answer } from './answer';
import { type FocusWords, wordsOf } from './focus';
import type { LanguageData } from './language-data';
import type { QuestionPart } from './question-parts';

/**
 * "Is anyone besides the municipalities doing similar planning work? Who?", "Har nokon andre sett i gang eit liknande
 * arbeid? Kven er det?": «who» alone (with a verb of being and «it» at most) after a yes/no question asks who it is
 * that the first question asks about, which the page's sentence that says yes to it names: the message is answered as
 * the first question, when the page says yes to it and the whole message gets no verdict. Undefined otherwise (a «no»
 * names no one).
 */
export function answerOfBareWho(
  whole: Answer,
  parts: QuestionPart[],
  language: LanguageData,
  answer: (text: string) => Answer,
): Answer | undefined {
  // (Not when the whole message has a verdict of its own.)
  if (parts.length !== 2 || whole.direct !== undefined) return undefined;
  const words: FocusWords = language.focus;
  const [first, second] = parts as [QuestionPart, QuestionPart];
  if (!words.yesNo.has(wordsOf(first.text)[0]?.folded ?? '')) return undefined;
  const [who, ...rest] = wordsOf(second.text);
  if (!who || !language.roleQuestion.who.has(who.folded)) return undefined;
  if (!rest.every((w, k) => (k === 0 ? words.yesNo.has(w.folded) : words.dummies.has(w.folded))))
    return undefined;
  const said = answer(first.text);
  return said.direct?.type === 'claimChecked' && said.direct.yes ? said : undefined;
}
