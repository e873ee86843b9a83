import { t } from '../i18n/catalogue';
import { formatDateTime } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { officeMessages } from '../i18n/messages/office';
import type { MessageVars } from '../i18n/translate';
import type { TicketStatus } from '../data/repositories';

/** A key of the asker-facing project-office texts (in the message catalogue, src/i18n/messages/office.ts). */
export type TicketStringKey = keyof typeof officeMessages;

/** An asker-facing project-office text in the given language, with `{name}` placeholders filled in. */
export function ticketText(key: TicketStringKey, lang: Lang, vars: MessageVars = {}): string {
  return t(lang, `office.${key}`, vars);
}

/** How a ticket's status reads to the asker. */
export function ticketStatusText(status: TicketStatus, lang: Lang): string {
  return ticketText(status, lang);
}

/** A date as the asker reads it, in Norwegian time and wholly in the asker's language. */
export function formatTicketDate(date: Date, lang: Lang): string {
  return formatDateTime(date, lang);
}

/**
 * A short, readable case number for a ticket id: its last 8 hex digits, upper case. Ids are UUID v7, whose
 * first digits are the creation time and repeat for a minute; the last ones are random.
 */
export function ticketNumber(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase();
}
