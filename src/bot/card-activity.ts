import { type Activity, CardFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';

/**
 * A message activity carrying one Adaptive Card. `summary` is what Teams shows in notifications and the chat list
 * and what screen readers announce; a `text` as well would be shown above the card as a second copy.
 */
export function cardActivity(card: AdaptiveCard, summary: string, id?: string): Partial<Activity> {
  return { ...(id ? { id } : {}), type: 'message', summary, attachments: [CardFactory.adaptiveCard(card)] };
}
