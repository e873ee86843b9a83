import { t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { announcementMessages } from '../i18n/messages/announcement';
import type { MessageVars } from '../i18n/translate';
import { isDeliveryReason } from '../model/delivery-reason';

/** Key of a text on the announcement cards (in the message catalogue, src/i18n/messages/announcement.ts). */
export type AnnouncementStringKey = keyof typeof announcementMessages;

/** A text in the reader's language, with {name} placeholders filled in. */
export function announcementText(key: AnnouncementStringKey, lang: Lang, vars: MessageVars = {}): string {
  return t(lang, `announcement.${key}`, vars);
}

/** A stored delivery reason in the reader's language; free text from before the codes is shown as it is. */
export function deliveryReasonText(reason: string, lang: Lang): string {
  return isDeliveryReason(reason) ? announcementText(`reason_${reason}`, lang) : reason;
}

/** "1 samtale" / "12 samtalar" / "12 conversations", by the language's plural rules. */
export function conversationCount(count: number, lang: Lang): string {
  return t(lang, 'announcement.conversations', { count });
}
