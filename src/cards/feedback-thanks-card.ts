import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, textBlock } from './adaptive';
import { feedbackText } from './feedback-strings';

/** What was stored: a comment on a rating, or free feedback; and which kinds of personal data were removed. */
export interface ThanksCardInput {
  kind: 'comment' | 'free';
  lang: Lang;
  /** Names of the kinds of personal data removed before storing (for example "telefonnummer"). */
  removed?: string[];
}

/** The short thank-you after a comment or free feedback was stored; it replaces the comment card. */
export function createFeedbackThanksCard(input: ThanksCardInput): AdaptiveCard {
  return card([textBlock(feedbackThanksText(input), { weight: 'Bolder' })]);
}

/** The same thank-you as plain text (the message summary, and the reply where a card is not needed). */
export function feedbackThanksText(input: ThanksCardInput): string {
  const lines: string[] = [feedbackText(input.kind === 'comment' ? 'commentSaved' : 'freeSaved', input.lang)];
  if (input.removed && input.removed.length > 0)
    lines.push(feedbackText('removed', input.lang, { kinds: joinWords(input.removed, input.lang) }));
  return lines.join(' ');
}

function joinWords(words: string[], lang: Lang): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'og'} ${words[words.length - 1]}`;
}
