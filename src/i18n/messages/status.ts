import type { Messages } from '../translate';

/** The author's status card for an announcement. */
export const statusMessages = {
  heading: { nb: 'Status for kunngjøring', nn: 'Status for kunngjering', en: 'Announcement status' },
  updating: {
    nb: 'Oppdaterer meldingene som er sendt',
    nn: 'Oppdaterer meldingane som er sende',
    en: 'Updating the messages already sent',
  },
  deleting: {
    nb: 'Trekker tilbake meldingene',
    nn: 'Trekkjer tilbake meldingane',
    en: 'Recalling the messages',
  },
  draft: { nb: 'Utkast – ikke sendt', nn: 'Utkast – ikkje sendt', en: 'Draft – not sent' },
  scheduledAt: { nb: 'Planlagt sendt {at}', nn: 'Planlagd til {at}', en: 'Scheduled for {at}' },
  scheduled: { nb: 'Planlagt', nn: 'Planlagd', en: 'Scheduled' },
  sending: { nb: 'Sendes nå', nn: 'Blir sendt no', en: 'Being sent' },
  sentAt: { nb: 'Sendt ferdig {at}', nn: 'Ferdig sendt {at}', en: 'Sent {at}' },
  sent: { nb: 'Sendt ferdig', nn: 'Ferdig sendt', en: 'Sent' },
  cancelled: { nb: 'Avbrutt', nn: 'Avbroten', en: 'Cancelled' },
  recalled: { nb: 'Trukket tilbake', nn: 'Trekt tilbake', en: 'Recalled' },
  progress: { nb: 'Fremdrift: {percent}', nn: 'Framdrift: {percent}', en: 'Progress: {percent}' },
  acknowledgedValue: {
    nb: '{count} ({percent} av sendte)',
    nn: '{count} ({percent} av dei sende)',
    en: '{count} ({percent} of those sent)',
  },
  version: {
    nb: 'Versjon {version} (redigert)',
    nn: 'Versjon {version} (redigert)',
    en: 'Version {version} (edited)',
  },
  refresh: { nb: 'Oppdater', nn: 'Oppdater', en: 'Refresh' },
  stop: { nb: 'Stopp sending', nn: 'Stopp sendinga', en: 'Stop sending' },
  edit: { nb: 'Rediger', nn: 'Rediger', en: 'Edit' },
  recall: { nb: 'Trekk tilbake', nn: 'Trekk tilbake', en: 'Recall' },
} satisfies Messages;
