import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/card-message';
import { displaySafe, withoutControlCharacters } from '../security/display-text';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/** The answer to an Action.Execute that replaces the card for the one who clicked. */
export function cardResponse(card: AdaptiveCard | Record<string, unknown>): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: ADAPTIVE_CARD_CONTENT_TYPE,
    value: displaySafe(card) as unknown as AdaptiveCardInvokeResponse['value'],
  };
}

/** A short message Teams shows to the one who clicked, leaving the card as it is. */
export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: MESSAGE,
    value: withoutControlCharacters(text) as unknown as AdaptiveCardInvokeResponse['value'],
  };
}
