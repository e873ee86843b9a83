import { displaySafe, withoutControlCharacters } from '../security/display-text';
import type { AdaptiveCard } from './adaptive';

/** Content type of an Adaptive Card (message attachments and universal-action responses). */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A message activity carrying one Adaptive Card, as plain data (sent in a turn or proactively). */
export interface CardMessage {
  type: 'message';
  /** Set when the message replaces one sent before. */
  id?: string;
  summary: string;
  attachments: { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: unknown }[];
  channelData?: { notification: { alert: true } };
  [key: string]: unknown;
}

/**
 * The one place a card message is built (bidi and control characters removed from every text in it). `summary` is what Teams shows in notifications and the chat list and
 * what screen readers announce; a `text` as well would be shown above the card as a second copy. `alert` also
 * raises an activity-feed notification (important announcements).
 */
export function cardMessage(
  card: AdaptiveCard | Record<string, unknown>,
  summary: string,
  options: { id?: string; alert?: boolean } = {},
): CardMessage {
  return {
    ...(options.id ? { id: options.id } : {}),
    type: 'message',
    summary: withoutControlCharacters(summary),
    // Cards carry what users wrote (questions, announcements, names): no bidi or control characters get through.
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: displaySafe(card) }],
    ...(options.alert ? { channelData: { notification: { alert: true } } } : {}),
  };
}
