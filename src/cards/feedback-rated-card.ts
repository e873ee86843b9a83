import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, container, textBlock } from './adaptive';
import { feedbackText } from './feedback-strings';

/**
 * An answer card (built without the Ja/Nei buttons) with "Takk for tilbakemeldingen" at the bottom: it replaces
 * the answer after a rating, so the buttons cannot be clicked again.
 */
export function createRatedAnswerCard(answerCard: AdaptiveCard, helpful: boolean, lang: Lang): AdaptiveCard {
  const note = container(
    [textBlock(feedbackText(helpful ? 'ratedYes' : 'ratedNo', lang), { isSubtle: true, size: 'Small' })],
    { separator: true, spacing: 'Medium' },
  );
  return { ...answerCard, body: [...answerCard.body, note] };
}
