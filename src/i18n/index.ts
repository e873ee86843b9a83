/** The message catalogue and language helpers: every text a user reads, in bokmål, nynorsk and English. */
export { t, translator, isMessageKey, type MessageKey, type Translate } from './catalogue';
export { type Lang, LANGS, INTL_LOCALE, langOfLocale, langOfLocaleOrUndefined, parseLang } from './lang';
export { formatDateTime, formatNumber, formatPercent, pluralCategory, OSLO_TIME_ZONE } from './format';
export { onMissingText, type MissingText, MISSING_VARIABLE_TEXT } from './translate';
