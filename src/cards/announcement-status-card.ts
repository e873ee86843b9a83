import type { Announcement, DeliveryCounts } from '../data/repositories';
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

/** An Adaptive Card date and time that Teams shows in the reader's own time zone and language. */
function cardDateTime(date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${iso}, SHORT)}} kl. {{TIME(${iso})}}`;
}

/** The status in Norwegian, as one line for the communications lead. */
/**
 * Which edition of the text the recipients have: the stored version counts every change the engine sends out, and
 * a recall is one of them (it bumps the version once, so the deletions can be resumed), but it does not edit the
 * text.
 */
export function contentEdition(announcement: Pick<Announcement, 'version' | 'status'>): number {
  return announcement.status === 'recalled' ? announcement.version - 1 : announcement.version;
}

export function describeAnnouncementStatus(announcement: Announcement): string {
  if (announcement.pendingOperation === 'update') return 'Oppdaterer meldingene som er sendt';
  if (announcement.pendingOperation === 'delete') return 'Trekker tilbake meldingene';
  switch (announcement.status) {
    case 'draft':
      return 'Utkast – ikke sendt';
    case 'scheduled':
      return announcement.scheduledAt
        ? `Planlagt sendt ${cardDateTime(announcement.scheduledAt)}`
        : 'Planlagt';
    case 'sending':
      return 'Sendes nå';
    case 'sent':
      return announcement.sentAt ? `Sendt ferdig ${cardDateTime(announcement.sentAt)}` : 'Sendt ferdig';
    case 'cancelled':
      return 'Avbrutt';
    case 'recalled':
      return 'Trukket tilbake';
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${Math.round((part / whole) * 100)} %`;
}

/** The status card's plain-text summary (notifications, screen readers). */
export function announcementStatusSummary(announcement: Pick<Announcement, 'content'>): string {
  return `Status: ${announcement.content.title}`;
}

/** The author's status card: status, progress and sent/failed/pending/acknowledged counts, in Norwegian. */
export function createAnnouncementStatusCard(
  announcement: Announcement,
  counts: DeliveryCounts,
): CardElement {
  const done = counts.sent + counts.failed;
  const facts = [
    { title: 'Mottakere', value: String(counts.total) },
    { title: 'Sendt', value: String(counts.sent) },
    { title: 'Feilet', value: String(counts.failed) },
    { title: 'Venter', value: String(counts.pending) },
    {
      title: 'Bekreftet lest',
      value: `${counts.acknowledged} (${percent(counts.acknowledged, counts.sent)} av sendte)`,
    },
  ];
  // Sent, but not as the author last asked: Teams refused the edit or the recall there.
  if (counts.notUpdated > 0)
    facts.push({ title: announcementText('factNotUpdated', 'nb'), value: String(counts.notUpdated) });
  if (counts.notRemoved > 0)
    facts.push({ title: announcementText('factNotRemoved', 'nb'), value: String(counts.notRemoved) });
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: 'Status for kunngjøring',
      size: 'Small',
      weight: 'Bolder',
      isSubtle: true,
      wrap: true,
    },
    { type: 'TextBlock', text: announcement.content.title, style: 'heading', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: describeAnnouncementStatus(announcement), wrap: true, spacing: 'Small' },
  ];
  if (announcement.status === 'sending' && counts.total > 0) {
    body.push({
      type: 'TextBlock',
      text: `Fremdrift: ${percent(done, counts.total)}`,
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
      text: `Versjon ${edition} (redigert)`,
      isSubtle: true,
      size: 'Small',
      wrap: true,
    });
  }
  const data = { announcementId: announcement.id };
  const actions: CardElement[] = [
    { type: 'Action.Execute', title: 'Oppdater', verb: ANNOUNCEMENT_STATUS_VERBS.refresh, data },
  ];
  if (announcement.status === 'sending' || announcement.status === 'scheduled') {
    actions.push({
      type: 'Action.Execute',
      title: 'Stopp sending',
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
    actions.push({ type: 'Action.Execute', title: 'Rediger', verb: ANNOUNCEMENT_STATUS_VERBS.edit, data });
  }
  if (
    (announcement.status === 'sending' || announcement.status === 'sent') &&
    announcement.pendingOperation !== 'delete'
  ) {
    actions.push({
      type: 'Action.Execute',
      title: 'Trekk tilbake',
      verb: ANNOUNCEMENT_STATUS_VERBS.recall,
      data,
      style: 'destructive',
    });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: 'nb',
    body,
    actions,
  };
}
