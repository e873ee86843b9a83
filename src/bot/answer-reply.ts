import { answerSummary, createAnswerCard, type AnswerCardOptions } from '../cards/answer-card';
import type { AdaptiveCard } from '../cards/adaptive';
import type { Answer } from '../qa/answer';
import type { QuestionAnswerer } from '../qa/question-answerer';

/** What the bot sends for a question: the answer, its short text and its card. */
export interface AnswerReply {
  answer: Answer;
  kind: Answer['kind'];
  /** Short plain text (notification preview, screen readers). */
  text: string;
  card: AdaptiveCard;
}

/** Answers a question and builds the reply the user sees; used by the bot, `npm run ask` and the evaluation. */
export function replyToQuestion(
  answerer: QuestionAnswerer,
  question: string,
  options: AnswerCardOptions,
): AnswerReply {
  const answer = answerer.answer(question);
  return {
    answer,
    kind: answer.kind,
    text: answerSummary(answer, options.officeEmail),
    card: createAnswerCard(answer, options),
  };
}
