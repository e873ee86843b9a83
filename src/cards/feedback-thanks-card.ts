import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, textBlock } from './adaptive';
import type { PersonalDataKind } from '../privacy/personal-data-kinds';
import { feedbackText } from './feedback-strings';
import { personalDataText } from './personal-data-text';

/** What was stored: a comment on a rating, or free feedback; and which kinds of personal data were removed. */
export interface ThanksCardInput {
  kind: 'comment' | 'free';
  lang: Lang;
  /** The kinds of personal data removed before storing. */
  removed?: readonly PersonalDataKind[];
}

/** The short thank-you after a comment or free feedback was stored; it replaces the comment card. */
export function createFeedbackThanksCard(input: ThanksCardInput): AdaptiveCard {
  return card([textBlock(feedbackThanksText(input), { weight: 'Bolder' })]);
}

/** The same thank-you as plain text (the message summary, and the reply where a card is not needed). */
export function feedbackThanksText(input: ThanksCardInput): string {
  const lines: string[] = [feedbackText(input.kind === 'comment' ? 'commentSaved' : 'freeSaved', input.lang)];
  if (input.removed && input.removed.length > 0)
    lines.push(feedbackText('removed', input.lang, { kinds: personalDataText(input.removed, input.lang) }));
  return lines.join(' ');
}
