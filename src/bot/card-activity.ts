import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';
import { cardMessage } from '../cards/card-message';

/** Sends an Adaptive Card with a short plain-text summary in the turn's conversation; resolves with its id. */
export async function sendCard(
  context: TurnContext,
  card: AdaptiveCard | Record<string, unknown>,
  summary: string,
): Promise<string | undefined> {
  const response = await context.sendActivity(cardMessage(card, summary));
  return response?.id;
}
