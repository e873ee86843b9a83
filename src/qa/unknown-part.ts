import type { Answer } from './answer';
import type { PartAnswer, QuestionPart } from './question-parts';

/**
 * "What are the opening hours of the project office in Bispegata? Can I just drop by?": of a message whose parts are
 * all refused, the one that asks something the bot does not know of what it knows (the office's opening hours) is
 * what the message asks, when the others name nothing it knows and ask nothing of it; the whole message must not be answered by the words
 * it shares with that part (the office's address). That part's refusal, or undefined.
 */
export function answerOfUnknownPart(
  whole: Answer,
  parts: QuestionPart[],
  answerPart: (text: string) => PartAnswer,
): Answer | undefined {
  if (whole.kind !== 'answer' || parts.length < 2) return undefined;
  const answers = parts.map((p) => answerPart(p.text));
  if (answers.some((a) => a.answer.kind !== 'fallback' || a.words === undefined)) return undefined;
  const at = answers.findIndex((a) => a.words!.unknown > 0 && a.words!.known > 0);
  // (Not beside a part that asks something of what the other names: "skal i møte hos …, hva er adressen?")
  const empty = (k: number) => answers[k]!.words!.known === 0 && parts[k]!.questionWord === false;
  if (at < 0 || !answers.every((_, k) => k === at || empty(k))) return undefined;
  return { ...answers[at]!.answer, question: whole.question };
}
