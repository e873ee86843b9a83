import { t } from '../i18n/catalogue';
import { formatDateTime, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { Announcement, DeliveryCounts } from '../model/announcement';
import { announcementText } from './announcement-strings';

/** Action.Execute verbs on the status card, for the bot to route. */
export const ANNOUNCEMENT_STATUS_VERBS = {
  cancel: 'announcement.cancel',
  recall: 'announcement.recall',
  refresh: 'announcement.status',
  /** Opens the edit form (in the author's chat); saving it updates the sent messages everywhere. */
  edit: 'announcement.edit',
} as const;

type CardElement = Record<string, unknown>;

/**
 * Which edition of the text the recipients have: the stored version counts every change the engine sends out, and
 * a recall is one of them (it bumps the version once, so the deletions can be resumed), but it does not edit the
 * text.
 */
export function contentEdition(announcement: Pick<Announcement, 'version' | 'status'>): number {
  return announcement.status === 'recalled' ? announcement.version - 1 : announcement.version;
}

/** The status as one line for the communications lead, in their language, with times in Norwegian time. */
export function describeAnnouncementStatus(announcement: Announcement, lang: Lang = 'nb'): string {
  const at = (date: Date) => formatDateTime(date, lang);
  if (announcement.pendingOperation === 'update') return t(lang, 'status.updating');
  if (announcement.pendingOperation === 'delete') return t(lang, 'status.deleting');
  switch (announcement.status) {
    case 'draft':
      return t(lang, 'status.draft');
    case 'scheduled':
      return announcement.scheduledAt
        ? t(lang, 'status.scheduledAt', { at: at(announcement.scheduledAt) })
        : t(lang, 'status.scheduled');
    case 'sending':
      return t(lang, 'status.sending');
    case 'sent':
      return announcement.sentAt
        ? t(lang, 'status.sentAt', { at: at(announcement.sentAt) })
        : t(lang, 'status.sent');
    case 'cancelled':
      return t(lang, 'status.cancelled');
    case 'recalled':
      return t(lang, 'status.recalled');
  }
}

/** The status card's plain-text summary (notifications, screen readers). */
export function announcementStatusSummary(announcement: Pick<Announcement, 'content'>): string {
  return `Status: ${announcement.content.title}`;
}

/**
 * The author's status card: status, progress and sent/failed/pending/acknowledged counts, in the author's
 * language. Its buttons carry the language, so a refresh or a stop answers in it too.
 */
export function createAnnouncementStatusCard(
  announcement: Announcement,
  counts: DeliveryCounts,
  lang: Lang = 'nb',
): CardElement {
  const done = counts.sent + counts.failed;
  const facts = [
    { title: t(lang, 'announcement.factRecipients'), value: String(counts.total) },
    { title: t(lang, 'announcement.factSent'), value: String(counts.sent) },
    { title: t(lang, 'announcement.factFailed'), value: String(counts.failed) },
    { title: t(lang, 'announcement.factPending'), value: String(counts.pending) },
    {
      title: t(lang, 'announcement.factAcknowledged'),
      value: t(lang, 'status.acknowledgedValue', {
        count: counts.acknowledged,
        percent: formatPercent(counts.acknowledged, counts.sent, lang),
      }),
    },
  ];
  // Sent, but not as the author last asked: Teams refused the edit or the recall there.
  if (counts.notUpdated > 0)
    facts.push({ title: announcementText('factNotUpdated', lang), value: String(counts.notUpdated) });
  if (counts.notRemoved > 0)
    facts.push({ title: announcementText('factNotRemoved', lang), value: String(counts.notRemoved) });
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t(lang, 'status.heading'),
      size: 'Small',
      weight: 'Bolder',
      isSubtle: true,
      wrap: true,
    },
    { type: 'TextBlock', text: announcement.content.title, style: 'heading', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: describeAnnouncementStatus(announcement, lang), wrap: true, spacing: 'Small' },
  ];
  if (announcement.status === 'sending' && counts.total > 0) {
    body.push({
      type: 'TextBlock',
      text: t(lang, 'status.progress', { percent: formatPercent(done, counts.total, lang) }),
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    });
  }
  body.push({ type: 'FactSet', facts });
  const edition = contentEdition(announcement);
  if (edition > 1) {
    body.push({
      type: 'TextBlock',
      text: t(lang, 'status.version', { version: edition }),
      isSubtle: true,
      size: 'Small',
      wrap: true,
    });
  }
  const data = { announcementId: announcement.id, lang };
  const actions: CardElement[] = [
    {
      type: 'Action.Execute',
      title: t(lang, 'status.refresh'),
      verb: ANNOUNCEMENT_STATUS_VERBS.refresh,
      data,
    },
  ];
  if (announcement.status === 'sending' || announcement.status === 'scheduled') {
    actions.push({
      type: 'Action.Execute',
      title: t(lang, 'status.stop'),
      verb: ANNOUNCEMENT_STATUS_VERBS.cancel,
      data,
      style: 'destructive',
    });
  }
  if (
    (announcement.status === 'scheduled' ||
      announcement.status === 'sending' ||
      announcement.status === 'sent') &&
    announcement.pendingOperation !== 'delete'
  ) {
    actions.push({
      type: 'Action.Execute',
      title: t(lang, 'status.edit'),
      verb: ANNOUNCEMENT_STATUS_VERBS.edit,
      data,
    });
  }
  if (
    (announcement.status === 'sending' || announcement.status === 'sent') &&
    announcement.pendingOperation !== 'delete'
  ) {
    actions.push({
      type: 'Action.Execute',
      title: t(lang, 'status.recall'),
      verb: ANNOUNCEMENT_STATUS_VERBS.recall,
      data,
      style: 'destructive',
    });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang,
    body,
    actions,
  };
}
