import { t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { feedbackMessages } from '../i18n/messages/feedback';
import type { MessageVars } from '../i18n/translate';

/** A key of the feedback texts (in the message catalogue, src/i18n/messages/feedback.ts). */
export type FeedbackTextKey = keyof typeof feedbackMessages;

/** The text for a key in the given language, with `{name}` placeholders filled in. */
export function feedbackText(key: FeedbackTextKey, lang: Lang, values: MessageVars = {}): string {
  return t(lang, `feedback.${key}`, values);
}
