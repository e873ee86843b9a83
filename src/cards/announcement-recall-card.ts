import type { Announcement, DeliveryCounts } from '../model/announcement';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, heading, textBlock } from './adaptive';
import { neutraliseUnsafeLinks } from './announcement-card';
import { ANNOUNCEMENT_STATUS_VERBS } from './announcement-status-card';
import { announcementText, conversationCount } from './announcement-strings';

/** Action.Execute verb of "Ja, trekk tilbake"; "Nei" goes back to the status card (its refresh verb). */
export const ANNOUNCEMENT_RECALL_CONFIRM_VERB = 'announcement.recall.confirm';

/**
 * The confirmation step of "Trekk tilbake" on the status card: what will be deleted where, that it cannot be
 * undone, and Ja / Nei. It takes the status card's place until the author answers.
 */
export function createAnnouncementRecallCard(
  announcement: Announcement,
  counts: DeliveryCounts,
  lang: Lang,
): AdaptiveCard {
  const data = { announcementId: announcement.id };
  return card(
    [
      heading(announcementText('recallHeading', lang)),
      textBlock(`«${neutraliseUnsafeLinks(announcement.content.title)}»`, { weight: 'Bolder' }),
      textBlock(
        announcementText('recallText', lang, {
          count: conversationCount(counts.sent, lang),
          stopping: announcement.status === 'sending' ? announcementText('recallStopping', lang) : '',
        }),
        { color: 'Attention' },
      ),
    ],
    [
      {
        type: 'Action.Execute',
        title: announcementText('recallConfirm', lang),
        verb: ANNOUNCEMENT_RECALL_CONFIRM_VERB,
        data,
        style: 'destructive',
      },
      {
        type: 'Action.Execute',
        title: announcementText('recallKeep', lang),
        verb: ANNOUNCEMENT_STATUS_VERBS.refresh,
        data,
      },
    ],
  );
}
