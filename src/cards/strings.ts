import { t as translate } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { cardMessages } from '../i18n/messages/cards';
import type { MessageVars } from '../i18n/translate';

/** The keys of every card text (in the message catalogue, src/i18n/messages/cards.ts). */
export type StringKey = keyof typeof cardMessages;

/** A card text in the wanted language, with {name} style placeholders filled in. */
export function t(key: StringKey, lang: Lang, vars: MessageVars = {}): string {
  return translate(lang, `card.${key}`, vars);
}

/** Questions the fallback card suggests, per language. */
export const SUGGESTED_QUESTIONS: Record<Lang, string[]> = {
  nb: [
    'Hvem leder delprosjektet Opplæring?',
    'Hva er e-postadressen til prosjektkontoret?',
    'Når avgjør bystyret deleierskap?',
  ],
  nn: [
    'Kven leiar delprosjektet Opplæring?',
    'Kva er e-postadressa til prosjektkontoret?',
    'Når avgjer bystyret deleigarskap?',
  ],
  en: [
    'Who leads the training subproject?',
    "What is the project office's e-mail address?",
    'When does the city council decide on co-ownership?',
  ],
};
