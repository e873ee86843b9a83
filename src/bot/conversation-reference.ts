import { type Activity, TurnContext } from 'botbuilder';

/** A conversation reference as plain JSON (what is stored, and what continueConversationAsync takes). */
export type PlainReference = Record<string, unknown>;

function without(reference: PlainReference, keys: string[]): PlainReference {
  return Object.fromEntries(Object.entries(reference).filter(([key]) => !keys.includes(key)));
}

/** Where a channel message was started: `19:…@thread.tacv2;messageid=123` is the thread, the part before `;` the channel. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/**
 * A reference pointed at the channel itself (not at a thread in it, and not at the person who wrote), so that
 * messages sent with it start new posts and updates find posts the bot started there.
 */
export function toChannelReference(reference: PlainReference, channelId?: string): PlainReference {
  const conversation = (reference.conversation ?? {}) as Record<string, unknown>;
  const id = channelId ?? channelConversationId(String(conversation.id ?? ''));
  return {
    ...without(reference, ['activityId', 'user']),
    conversation: { ...conversation, id, conversationType: 'channel', isGroup: true },
  };
}

/** The reference of the conversation an activity came from, as plain JSON. */
export function referenceOf(activity: Partial<Activity>): PlainReference {
  return TurnContext.getConversationReference(activity) as PlainReference;
}

/**
 * The sender's conversation, to send them something later: without their name and Entra ID object id (a
 * pseudonym stands for them) and without the message it came from.
 */
export function askerReferenceOf(activity: Partial<Activity>): PlainReference {
  const reference = referenceOf(activity);
  const user = reference.user as { id?: string } | undefined;
  return { ...without(reference, ['activityId', 'user']), ...(user?.id ? { user: { id: user.id } } : {}) };
}
