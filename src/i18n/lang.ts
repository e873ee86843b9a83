/** Languages the bot speaks: Norwegian bokmål, Norwegian nynorsk and English. */
export type Lang = 'nb' | 'nn' | 'en';

/** Every language, bokmål (the default) first. */
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** The BCP 47 locale Intl formats a language with (English dates as in Europe: "2 Dec 2026, 14:05"). */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A language code as sent in card data or stored: the language, or undefined when it is none of ours. */
export function parseLang(value: unknown): Lang | undefined {
  return value === 'nb' || value === 'nn' || value === 'en' ? value : undefined;
}

/** The language of a Teams locale ("nb-NO", "nn-NO", "no", "en-US"); undefined when there is none. */
export function langOfLocaleOrUndefined(locale: string | undefined): Lang | undefined {
  const l = (locale ?? '').trim().toLowerCase();
  if (l === '') return undefined;
  if (l.startsWith('nn')) return 'nn';
  if (l.startsWith('en')) return 'en';
  if (l.startsWith('nb') || l.startsWith('no')) return 'nb';
  return undefined;
}

/** The language of a Teams locale, bokmål when it is missing or another language. */
export function langOfLocale(locale: string | undefined): Lang {
  return langOfLocaleOrUndefined(locale) ?? 'nb';
}
