import { answerSummary, createAnswerCard, type AnswerCardOptions } from '../cards/answer-card';
import type { AdaptiveCard } from '../cards/adaptive';
import type { Answer } from '../qa/answer';
import type { Lang } from '../i18n/lang';
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
  /** The reader's language, when the conversation has chosen one; otherwise the question's. */
  lang?: Lang,
): AnswerReply {
  const found = answerer.answer(question);
  // The entries carry every language; only the words around them follow the reader.
  const answer = lang && lang !== found.lang ? { ...found, lang } : found;
  return {
    answer,
    kind: answer.kind,
    text: answerSummary(answer, options.officeEmail),
    card: createAnswerCard(answer, options),
  };
}
