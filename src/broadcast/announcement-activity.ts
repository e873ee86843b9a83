import type { Announcement } from '../data/repositories';
import { createAnnouncementCard } from '../cards/announcement-card';
import type { OutgoingActivity } from './messenger';

/** Content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The message every recipient gets: the announcement card, a summary for the notification, and for
 * important announcements an activity-feed alert.
 */
export function createAnnouncementActivity(announcement: Announcement, locale = 'nb-NO'): OutgoingActivity {
  const activity: OutgoingActivity = {
    type: 'message',
    summary: announcement.content.title,
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        content: createAnnouncementCard(announcement.content, { announcementId: announcement.id, locale }),
      },
    ],
  };
  if (announcement.content.importance === 'high') activity.channelData = { notification: { alert: true } };
  return activity;
}
