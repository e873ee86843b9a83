import { INTL_LOCALE, type Lang } from './lang';

/** The time zone the project works in: every date and time a user reads is Norwegian time. */
export const OSLO_TIME_ZONE = 'Europe/Oslo';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: OSLO_TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

/** How much of a date and time to show. */
export type DateTimeStyle = 'dateTime' | 'longDateTime' | 'date' | 'time';

const STYLES: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  // "2. des. 2026, 02:36" / "2 Dec 2026, 02:36"
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  // "onsdag 2. desember 2026 kl. 02:36" / "Wednesday 2 December 2026 at 02:36"
  longDateTime: { dateStyle: 'full', timeStyle: 'short' },
  date: { dateStyle: 'long' },
  time: { timeStyle: 'short' },
};

/**
 * A date and/or time in Norwegian time, written wholly in the reader's language by Intl: never a Norwegian
 * word inside an English format or the other way round.
 */
export function formatDateTime(date: Date, lang: Lang, style: DateTimeStyle = 'dateTime'): string {
  return formatter(lang, STYLES[style]).format(date);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category of a count in a language ("one", "other"), from Intl.PluralRules. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** A number written as the language writes it ("1 234,5" / "1,234.5"). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang]).format(value);
}

/** A share as a percentage in the language's way ("42 %" / "42%"), with a plain space as the cards had it. */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  const share = whole === 0 ? 0 : part / whole;
  const percent = new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 });
  return percent.format(share).replace(/\u00a0/g, ' ');
}
