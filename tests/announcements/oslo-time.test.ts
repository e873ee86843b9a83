import { formatOsloTime, osloInputValues, osloWallTimeToUtc } from '../../src/announcements/oslo-time';

describe('Norwegian time on the schedule fields', () => {
  it.each([
    ['winter', '2025-01-15', '12:00', '2025-01-15T11:00:00.000Z'],
    ['summer', '2025-07-15', '12:00', '2025-07-15T10:00:00.000Z'],
    ['the last minute before summer time', '2025-03-30', '01:59', '2025-03-30T00:59:00.000Z'],
    ['the first minute of summer time', '2025-03-30', '03:00', '2025-03-30T01:00:00.000Z'],
    [
      'the hour that comes twice in autumn (the first one)',
      '2025-10-26',
      '02:30',
      '2025-10-26T00:30:00.000Z',
    ],
    ['the first minute of winter time', '2025-10-26', '03:00', '2025-10-26T02:00:00.000Z'],
    ['New Year’s Eve', '2025-12-31', '23:59', '2025-12-31T22:59:00.000Z'],
    ['seconds from a client that sends them', '2026-06-01', '08:00:00', '2026-06-01T06:00:00.000Z'],
  ])('converts %s to UTC', (_case, date, time, utc) => {
    expect(osloWallTimeToUtc(date, time)?.toISOString()).toBe(utc);
  });

  it.each([
    ['a time the clock skips in spring', '2025-03-30', '02:30'],
    ['a date that does not exist', '2025-02-30', '10:00'],
    ['a time that does not exist', '2025-05-01', '24:00'],
    ['a date in another format', '30.03.2025', '10:00'],
    ['an empty time', '2025-05-01', ''],
  ])('has no answer for %s', (_case, date, time) => {
    expect(osloWallTimeToUtc(date, time)).toBeUndefined();
  });

  it('gives the input values back on the Norwegian clock, and reads them back to the same instant', () => {
    for (const iso of [
      '2025-03-30T00:59:00Z',
      '2025-03-30T01:00:00Z',
      '2025-10-26T00:30:00Z',
      '2025-12-31T23:30:00Z',
    ]) {
      const { date, time } = osloInputValues(new Date(iso));
      expect(osloWallTimeToUtc(date, time)?.getTime()).toBe(new Date(iso).getTime());
    }
    expect(osloInputValues(new Date('2025-12-31T23:30:00Z'))).toEqual({ date: '2026-01-01', time: '00:30' });
  });

  it('writes the time as people in Norway read it', () => {
    expect(formatOsloTime(new Date('2025-03-07T15:00:00Z'), 'nb')).toBe('fredag 7. mars 2025 kl. 16:00');
    expect(formatOsloTime(new Date('2025-07-07T15:00:00Z'), 'en')).toContain('17:00');
  });
});
