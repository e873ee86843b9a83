import { formatOsloTime } from '../announcements/oslo-time';
import type { Announcement, DeliveryCounts } from '../model/announcement';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, type CardElement, heading, textBlock } from './adaptive';
import { neutraliseUnsafeLinks } from './announcement-card';
import { announcementText } from './announcement-strings';

/** Card submit (Action.Submit `action`) that posts a fresh status card for one announcement. */
export const ANNOUNCEMENT_SHOW_STATUS_ACTION = 'announcement.showStatus';

/** One announcement on the list, with its delivery counts. */
export interface AnnouncementListItem {
  announcement: Announcement;
  counts: DeliveryCounts;
}

/** Where an announcement stands, in one short line in the reader's language. */
export function announcementStatusLine(announcement: Announcement, lang: Lang): string {
  if (announcement.pendingOperation === 'update') return announcementText('statusUpdating', lang);
  switch (announcement.status) {
    case 'draft':
      return announcementText('statusDraft', lang);
    case 'scheduled':
      return announcementText('statusScheduled', lang, {
        at: announcement.scheduledAt ? formatOsloTime(announcement.scheduledAt, lang) : '',
      }).trim();
    case 'sending':
      return announcementText('statusSending', lang);
    case 'sent':
      return announcementText('statusSent', lang, {
        at: announcement.sentAt ? formatOsloTime(announcement.sentAt, lang) : '',
      }).trim();
    case 'cancelled':
      return announcementText('statusCancelled', lang);
    case 'recalled':
      return announcementText('statusRecalled', lang);
  }
}

/** `status`: the latest announcements with sent, failed, pending and confirmed-read counts, newest first. */
export function createAnnouncementListCard(items: AnnouncementListItem[], lang: Lang): AdaptiveCard {
  const t = (key: Parameters<typeof announcementText>[0]) => announcementText(key, lang);
  const body: CardElement[] = [heading(t('listHeading'), 'Large')];
  if (items.length === 0) body.push(textBlock(t('listEmpty')));
  for (const { announcement, counts } of items) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        textBlock(neutraliseUnsafeLinks(announcement.content.title), { weight: 'Bolder' }),
        textBlock(announcementStatusLine(announcement, lang), { isSubtle: true, spacing: 'None' }),
        {
          type: 'FactSet',
          facts: [
            { title: t('factRecipients'), value: String(counts.total) },
            { title: t('factSent'), value: String(counts.sent) },
            { title: t('factFailed'), value: String(counts.failed) },
            { title: t('factPending'), value: String(counts.pending) },
            { title: t('factAcknowledged'), value: String(counts.acknowledged) },
          ],
        },
        {
          type: 'ActionSet',
          actions: [
            {
              type: 'Action.Submit',
              title: t('showStatus'),
              data: { action: ANNOUNCEMENT_SHOW_STATUS_ACTION, announcementId: announcement.id },
            },
          ],
        },
      ],
    });
  }
  return card(body);
}
