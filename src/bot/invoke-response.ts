import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';

/** Content type of an Adaptive Card (attachments and universal-action responses). */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/** The answer to an Action.Execute that replaces the card for the one who clicked. */
export function cardResponse(card: AdaptiveCard | Record<string, unknown>): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: ADAPTIVE_CARD,
    value: card as unknown as AdaptiveCardInvokeResponse['value'],
  };
}

/** A short message Teams shows to the one who clicked, leaving the card as it is. */
export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: MESSAGE, value: text as unknown as AdaptiveCardInvokeResponse['value'] };
}
