import type { Logger } from '../logger';
import type { InstallationRepository, UserLanguageRepository } from '../data/repositories';
import type { Lang } from '../i18n/lang';
import { announcementStatusSummary, createAnnouncementStatusCard } from '../cards/announcement-status-card';
import { cardMessage } from '../cards/card-message';
import type { BroadcastProgress } from './broadcast-progress';
import type { Messenger } from './messenger';

/**
 * A progress handler for the engine that updates the author's status card in place: it needs the announcement's
 * authorConversationId (an installed conversation) and statusActivityId (the id of the status card message the
 * bot posted). Without them it does nothing. Failures are logged, never thrown: progress is best effort.
 */
export function createStatusCardProgress(deps: {
  messenger: Messenger;
  installations: InstallationRepository;
  /** The author's language (remembered by pseudonym); bokmål when unknown. */
  userLanguages?: UserLanguageRepository;
  logger: Logger;
}): (progress: BroadcastProgress) => Promise<void> {
  const authorLanguage = async (pseudonym: string): Promise<Lang> => {
    try {
      return (await deps.userLanguages?.get(pseudonym)) ?? 'nb';
    } catch (err) {
      deps.logger.warn({ err }, "author's language not read; the status card is in bokmål");
      return 'nb';
    }
  };
  return async ({ announcement, counts }) => {
    const { authorConversationId, statusActivityId } = announcement;
    if (authorConversationId === undefined || statusActivityId === undefined) return;
    const installation = await deps.installations.get(authorConversationId);
    if (!installation) {
      deps.logger.debug(
        { announcementId: announcement.id },
        'author conversation unknown; status card not updated',
      );
      return;
    }
    await deps.messenger.update(
      installation.reference,
      statusActivityId,
      cardMessage(
        createAnnouncementStatusCard(
          announcement,
          counts,
          await authorLanguage(announcement.authorPseudonym),
        ),
        announcementStatusSummary(announcement),
      ),
    );
  };
}
