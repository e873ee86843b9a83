import { formatDateTime, OSLO_TIME_ZONE } from '../i18n/format';
import type { Lang } from '../i18n/lang';

export { OSLO_TIME_ZONE };

const DAY_MS = 24 * 60 * 60 * 1000;

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock fields in Oslo at an instant. */
function osloParts(instant: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const parts = partsFormatter.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** How far Oslo's clock is ahead of UTC at an instant, in ms (1 h in winter, 2 h in summer). */
function osloOffsetMs(instant: number): number {
  const p = osloParts(instant);
  const wholeMinute = instant - (((instant % 60_000) + 60_000) % 60_000);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - wholeMinute;
}

/**
 * The instant an author means by a date (YYYY-MM-DD, from Input.Date) and a time (HH:mm, from Input.Time) on the
 * clock in Oslo, summer time included. Undefined when the input is not a real date and time, or when the clock
 * skips that time (the spring change, 02:00–03:00). A time that happens twice (the autumn change) is the first.
 */
export function osloWallTimeToUtc(date: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time.trim());
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  // Oslo's offset is one of those in force a day either side; the right one maps back to the same wall time.
  const offsets = [...new Set([osloOffsetMs(wall - DAY_MS), osloOffsetMs(wall + DAY_MS)])];
  const instants = offsets.map((offset) => wall - offset).filter((i) => osloOffsetMs(i) === wall - i);
  return instants.length > 0 ? new Date(Math.min(...instants)) : undefined;
}

/** The date (YYYY-MM-DD) and time (HH:mm) in Oslo at an instant, as Input.Date and Input.Time take them. */
export function osloInputValues(instant: Date): { date: string; time: string } {
  const p = osloParts(instant.getTime());
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** A date and time for people in Norway: "fredag 7. mars 2025 kl. 16:00" (English: "Friday 7 March 2025 at 16:00"). */
export function formatOsloTime(instant: Date, lang: Lang): string {
  return formatDateTime(instant, lang, 'longDateTime');
}
