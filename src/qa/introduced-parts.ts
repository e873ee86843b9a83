/**
 * Several questions after the asker's introduction, which they point back to: "Jeg er kommuneoverlege i en liten
 * kommune på Sunnmøre. Er vi med i samarbeidet, og hvem ivaretar interessene til oss små kommuner?". Each question
 * needs the introduction for «vi» and «oss», so each is answered after it, and the answers are put together as those
 * of any message of several questions (see question-parts.ts).
 */
import type { Answer } from './answer';
import { introductionOf } from './asker-context';
import { wordsOf } from './focus';
import { mergeParts, questionParts, refersBack } from './question-parts';
import type { Vocabulary } from './vocabulary';

/**
 * The answer to each question of the message after its introduction, answered with the introduction before it
 * (`answer` answers a message), put together; undefined when the message has no introduction the rest points back
 * to, asks one question, or its questions are not each answered on their own (see mergeParts).
 */
export function answerIntroducedParts(
  vocab: Vocabulary,
  message: string,
  whole: Answer,
  answer: (message: string) => Answer,
): Answer | undefined {
  const found = introductionOf(vocab, message);
  if (found?.needed !== 'pointsBack') return undefined;
  const words = vocab.language.focus;
  const parts = questionParts(found.rest, words);
  if (parts.length < 2) return undefined;
  // ("… og hva er telefonnummeret hennes?" still points back to the question before it; «vi» and «oss» to the asker.)
  const asker = vocab.language.asker.backToPlace[whole.lang];
  const pointsBack = (text: string) => {
    const others = wordsOf(text).filter((w) => !asker.has(w.folded));
    return refersBack(others.map((w) => text.slice(w.start, w.end)).join(' '), words);
  };
  const own = parts.map((p, i) => ({ text: p.text, refersBack: i > 0 && pointsBack(p.text) }));
  const answerPart = (text: string) => {
    const answered = answer(`${found.intro} ${text}`);
    return { answer: answered, asksAlone: answered.missing !== undefined };
  };
  return mergeParts(whole, own, answerPart);
}
