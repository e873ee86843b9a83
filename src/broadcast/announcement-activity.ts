import type { Announcement } from '../model/announcement';
import { createAnnouncementCard } from '../cards/announcement-card';
import type { OutgoingActivity } from './messenger';

import { cardMessage } from '../cards/card-message';

/**
 * The message every recipient gets: the announcement card, a summary for the notification, and for
 * important announcements an activity-feed alert.
 */
export function createAnnouncementActivity(announcement: Announcement, locale = 'nb-NO'): OutgoingActivity {
  return cardMessage(
    createAnnouncementCard(announcement.content, { announcementId: announcement.id, locale }),
    announcement.content.title,
    { alert: announcement.content.importance === 'high' },
  );
}
