import { z } from 'zod';
import { FEEDBACK_COMMENT_ACTION } from '../cards/feedback-comment-card';

/** Longest question a Ja/Nei click may carry (the answer card sends at most 500 characters). */
const MAX_QUESTION_LENGTH = 1000;

/** The data of a Ja/Nei click (FeedbackButtonData in src/cards/answer-card.ts), as it arrives from Teams. */
export const ratingSubmitSchema = z.object({
  action: z.literal('feedback'),
  helpful: z.boolean(),
  topicId: z.string().trim().min(1).max(200).optional(),
  question: z.string().max(MAX_QUESTION_LENGTH).optional(),
});

/**
 * The data of the comment card's Send button, with the text Teams adds under the input's id. The comment's length
 * is checked by the feature (it has its own message), so any string is accepted here.
 */
export const commentSubmitSchema = z
  .object({
    action: z.literal(FEEDBACK_COMMENT_ACTION),
    feedbackId: z.string().min(1).max(100).optional(),
    token: z.string().min(1).max(100).optional(),
    comment: z.string().optional(),
  })
  .refine((v) => (v.feedbackId === undefined) === (v.token === undefined), {
    message: 'feedbackId and token come together',
  });
