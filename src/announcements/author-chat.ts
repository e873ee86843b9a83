import { announcementStatusSummary, createAnnouncementStatusCard } from '../cards/announcement-status-card';
import { cardMessage } from '../cards/card-message';
import type { InstallationRepository } from '../data/repositories';
import type { ConversationMessenger } from '../office/conversation-messenger';
import type { AuthorChat } from './announcement-desk';

/**
 * Finds an author's personal chat with the bot (by the pseudonym it is stored under), so that an announcement
 * written in the tab gets its status card there, kept up to date as from the chat. Undefined without one.
 */
export function createAuthorChats(deps: {
  installations: Pick<InstallationRepository, 'listActive'>;
  messenger: Pick<ConversationMessenger, 'send'>;
}): (authorPseudonym: string) => Promise<AuthorChat | undefined> {
  return async (authorPseudonym) => {
    const [chat] = await deps.installations.listActive({
      conversationTypes: ['personal'],
      userPseudonym: authorPseudonym,
      limit: 1,
    });
    if (!chat) return undefined;
    return {
      conversationId: chat.conversationId,
      postStatusCard: (announcement, counts) =>
        deps.messenger.send(
          chat.reference,
          cardMessage(
            createAnnouncementStatusCard(announcement, counts),
            announcementStatusSummary(announcement),
          ),
        ),
    };
  };
}
