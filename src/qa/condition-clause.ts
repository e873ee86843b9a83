import type { QuestionShape } from './question-shape';

/**
 * "What are the opening hours of the project office if I want to drop by?", "Kva er opningstida viss eg vil kome
 * innom?": a word at `at` in a clause of condition after a question word asks nothing itself ("drop by" is no
 * where-question); the question word that opens the question says what is asked.
 */
export function inCondition(shape: QuestionShape, tokens: string[], at: number, opened: boolean): boolean {
  return opened && tokens.slice(1, at).some((t) => shape.condition.has(t));
}
