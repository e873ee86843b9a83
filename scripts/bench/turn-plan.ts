import { readFileSync } from 'node:fs';
import type { FeedbackButtonData } from '../../src/cards/answer-card';
import { redactText } from '../../src/privacy/redactor';
import type { QuestionAnswerer } from '../../src/qa/question-answerer';

/** One turn a benchmarked conversation sends: a question, or a Ja/Nei click on the answer to its last question. */
export type PlannedTurn =
  | { kind: 'question'; text: string }
  /** The data of the Ja/Nei button on the previous answer card (FeedbackButtonData). */
  | { kind: 'feedback'; value: FeedbackButtonData };

/** Every FEEDBACK_EVERY-th turn of a conversation is a feedback click: 10 % of the turns. */
export const FEEDBACK_EVERY = 10;

/** The questions of a JSONL question set ({"q": ...} per line): the first file that exists. */
export function readQuestions(files: string[]): { file: string; questions: string[] } {
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const questions = text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { q: string }).q);
    if (questions.length > 0) return { file, questions };
  }
  throw new Error(`bench: no questions in ${files.join(' or ')}`);
}

/**
 * The turns of `conversations` conversations, `turns` in all (spread as evenly as possible): questions from the set,
 * each conversation starting at another place in it, and every FEEDBACK_EVERY-th turn a rating of the answer before
 * it, with the button data the answer card carries (topic id and redacted question, as src/cards/answer-card.ts).
 */
export function planConversations(
  questions: string[],
  answerer: Pick<QuestionAnswerer, 'answer'>,
  conversations: number,
  turns: number,
): PlannedTurn[][] {
  const plan: PlannedTurn[][] = [];
  let next = 0;
  for (let c = 0; c < conversations; c++) {
    const count = Math.floor(turns / conversations) + (c < turns % conversations ? 1 : 0);
    const list: PlannedTurn[] = [];
    let last: string | undefined;
    for (let k = 0; k < count; k++) {
      if ((k + 1) % FEEDBACK_EVERY === 0 && last !== undefined) {
        const answer = answerer.answer(last);
        list.push({
          kind: 'feedback',
          value: {
            action: 'feedback',
            // Ja and Nei by turns.
            helpful: Math.floor(k / FEEDBACK_EVERY) % 2 === 0,
            topicId: answer.topicId,
            question: redactText(answer.question.slice(0, 500)),
          },
        });
      } else {
        last = questions[next++ % questions.length]!;
        list.push({ kind: 'question', text: last });
      }
    }
    plan.push(list);
  }
  return plan;
}
