import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, type CardElement, heading, textBlock } from './adaptive';
import { feedbackText } from './feedback-strings';

/** Card submit (Action.Submit `action`) of the comment card's Send button. */
export const FEEDBACK_COMMENT_ACTION = 'feedback.comment';
/** Id of the comment input; Teams puts its value in the submit data under this name. */
export const COMMENT_INPUT_ID = 'comment';
/** Longest comment or free feedback the bot takes, in characters. */
export const MAX_FEEDBACK_LENGTH = 2000;

/** Data of the comment card's Send button (the comment itself is added by Teams under COMMENT_INPUT_ID). */
export interface CommentButtonData {
  action: typeof FEEDBACK_COMMENT_ACTION;
  /** The rating the comment belongs to; absent for free feedback. */
  feedbackId?: string;
  /** Proves that the person sending the comment is the one who rated (see FeedbackCollector.commentToken). */
  token?: string;
}

/** What the comment card is for: a comment on a Ja/Nei rating just stored, or free feedback. */
export type CommentCardInput =
  { kind: 'rating'; lang: Lang; feedbackId: string; token: string } | { kind: 'free'; lang: Lang };

/**
 * The card that asks for a comment: after a Ja/Nei click it thanks and offers an optional comment ("Vil du si
 * mer? (valgfritt)"); for `tilbakemelding` without text it asks for the feedback. Both carry the notice that
 * feedback is not answered and must not contain personal data.
 */
export function createFeedbackCommentCard(input: CommentCardInput): AdaptiveCard {
  const { lang } = input;
  const rating = input.kind === 'rating';
  const body: CardElement[] = rating
    ? [heading(feedbackText('thanks', lang))]
    : [heading(feedbackText('freeTitle', lang), 'Large'), textBlock(feedbackText('freeIntro', lang))];
  body.push(
    {
      type: 'Input.Text',
      id: COMMENT_INPUT_ID,
      label: feedbackText(rating ? 'commentLabel' : 'freeLabel', lang),
      ...(rating ? { placeholder: feedbackText('commentPlaceholder', lang) } : {}),
      isMultiline: true,
      maxLength: MAX_FEEDBACK_LENGTH,
      ...(rating ? {} : { isRequired: true, errorMessage: feedbackText('freeRequired', lang) }),
    },
    textBlock(feedbackText('notice', lang), { size: 'Small', isSubtle: true }),
  );
  const data: CommentButtonData = rating
    ? { action: FEEDBACK_COMMENT_ACTION, feedbackId: input.feedbackId, token: input.token }
    : { action: FEEDBACK_COMMENT_ACTION };
  return card(body, [{ type: 'Action.Submit', title: feedbackText('send', lang), data }]);
}
