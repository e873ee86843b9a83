import type { ClaimWords } from './claim-words';
import { stem } from './text';

/** A span of months, from the first to the last, which may run over the new year (winter: 12 to 2). */
export type MonthSpan = [number, number];

/** The months a word for a time of the year says: a month's name its month, a season its months; else undefined. */
export function monthsOf(claims: ClaimWords, word: string): MonthSpan | undefined {
  const month = claims.months.get(stem(word)) ?? claims.months.get(word);
  if (month !== undefined) return [Number(month), Number(month)];
  const season = claims.seasonMonths.find(
    (s) => s.words.has(word) || [...s.words].some((w) => stem(w) === word),
  );
  return season && [season.from, season.to];
}

/** Whether a month lies in a span of months, which may run over the new year (December to February). */
export function within(month: number, [from, to]: MonthSpan): boolean {
  return from <= to ? month >= from && month <= to : month >= from || month <= to;
}

/**
 * Whether two words for a time of the year may say the same time: "autumn" of a line's «October», «oktober» of
 * «hausten». Not when either is a time whose months the language data do not give («påske», «årsskiftet»).
 */
export function sameTimeOfYear(claims: ClaimWords, a: string, b: string): boolean {
  const [one, other] = [monthsOf(claims, a), monthsOf(claims, b)];
  if (!one || !other) return false;
  const months = Array.from({ length: 12 }, (_, k) => k + 1);
  return months.some((m) => within(m, one) && within(m, other));
}
