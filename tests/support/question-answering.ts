import { answerSummary, cardText, createAnswerCard } from '../../src/cards/answer-card';
import { createQuestionAnswerer } from '../../src/qa';

/** The answerer built from the committed knowledge base and language data, as `npm start` builds it. */
export const { answerer, officeEmail } = createQuestionAnswerer('content/knowledge-base.yaml');

/** The answer and what the user reads of it: the summary line and the card as text. */
export function shown(q: string) {
  const answer = answerer.answer(q);
  return {
    answer,
    text: `${answerSummary(answer, officeEmail)}\n${cardText(createAnswerCard(answer, { officeEmail }))}`,
  };
}

/** The names of the people the answer shows. */
export function people(q: string): string[] {
  return answerer.answer(q).items.flatMap((i) => (i.type === 'person' ? [i.person.name] : []));
}

/** Each question is refused (the question is part of the value compared, so a failure names it). */
export function refuses(questions: string[]): void {
  for (const q of questions) expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
}

/** The verdict the answer opens with («Ja», «Nei», "Yes", "No"), or undefined when it gives none. */
export function verdict(q: string): string | undefined {
  return /^(Yes|No|Ja|Nei)\b/u.exec(shown(q).text)?.[0];
}
