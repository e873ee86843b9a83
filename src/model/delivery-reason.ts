/**
 * Why a recipient did not get an announcement, or why an edit or a recall did not reach a message that was sent.
 * Stored on the delivery as a code (never as text): the status card, the tab and the export render it in the
 * reader's language. Older deliveries may hold free text from before the codes; readers show it as it is.
 */
export const DELIVERY_REASONS = [
  /** Teams answered 404 ConversationNotFound: the chat is gone (the installation is deactivated). */
  'conversation_not_found',
  /** Teams answered 403: the bot was removed or blocked (the installation is deactivated). */
  'bot_removed',
  /** Teams refused the request for good (another 4xx, or 501). */
  'rejected',
  /** Every attempt failed with a passing error (429, 5xx, network). */
  'gave_up',
  /** The installation was no longer active when its turn came. */
  'not_installed',
  /** The sending was stopped before this recipient was reached. */
  'cancelled',
  /** The announcement was recalled before this recipient was reached. */
  'recalled',
  /** The message was sent, but Teams refused the edit: the recipient still sees an older version. */
  'not_updated',
  /** The message was sent, but Teams refused the recall: it is still in the chat. */
  'not_removed',
] as const;

export type DeliveryReason = (typeof DELIVERY_REASONS)[number];

/** Reasons that leave a sent delivery `sent` (the message is there, but not as the author wanted). */
export type FollowUpReason = Extract<DeliveryReason, 'not_updated' | 'not_removed'>;

export function isDeliveryReason(value: unknown): value is DeliveryReason {
  return typeof value === 'string' && (DELIVERY_REASONS as readonly string[]).includes(value);
}
