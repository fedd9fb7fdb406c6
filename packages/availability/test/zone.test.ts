import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekKeyOf, isValidTimeZone, localDateOf, zonedTimeToInstant } from '../src';
import { at, toIso } from './factories';

describe('zonedTimeToInstant', () => {
  it.each([
    // Plain times, every offset flavour.
    ['2026-06-15', '09:00', 'UTC', '2026-06-15T09:00:00.000Z'],
    ['2026-06-15', '09:00', 'America/New_York', '2026-06-15T13:00:00.000Z'],
    ['2026-01-15', '09:00', 'America/New_York', '2026-01-15T14:00:00.000Z'],
    ['2026-06-15', '09:00', 'Asia/Kathmandu', '2026-06-15T03:15:00.000Z'],
    ['2026-06-15', '00:00', 'Asia/Kathmandu', '2026-06-14T18:15:00.000Z'],
    ['2026-06-15', '09:00', 'Pacific/Chatham', '2026-06-14T20:15:00.000Z'],
    // New York spring-forward gap 02:00-03:00: the first instant after the gap.
    ['2026-03-08', '02:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-03-08', '01:59', 'America/New_York', '2026-03-08T06:59:00.000Z'],
    ['2026-03-08', '03:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    // New York fall-back: 01:00-02:00 happens twice, the earlier offset (EDT) wins.
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01', '01:00', 'America/New_York', '2026-11-01T05:00:00.000Z'],
    ['2026-11-01', '02:00', 'America/New_York', '2026-11-01T07:00:00.000Z'],
    // London.
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    // Sydney (southern hemisphere: fall-back in April, spring-forward in October).
    ['2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00.000Z'],
    ['2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:00:00.000Z'],
    // Lord Howe shifts by 30 minutes.
    ['2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
    ['2026-10-04', '02:30', 'Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
    ['2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z'],
    ['2026-04-05', '02:00', 'Australia/Lord_Howe', '2026-04-04T15:30:00.000Z'],
    // "24:00" is midnight of the next local date.
    ['2026-03-08', '24:00', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    ['2026-12-31', '24:00', 'UTC', '2027-01-01T00:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(toIso(zonedTimeToInstant(date, time, zone))).toBe(expected);
  });

  it('rejects malformed dates and times', () => {
    expect(() => zonedTimeToInstant('2026-02-30', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-6-1', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-06-01', '24:01', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-06-01', '9:00', 'UTC')).toThrow(RangeError);
  });
});

describe('localDateOf', () => {
  it('reads the date in the given zone, not in UTC or the process zone', () => {
    expect(localDateOf(at('2026-01-01T04:59:00Z'), 'America/New_York')).toBe('2025-12-31');
    expect(localDateOf(at('2026-01-01T05:00:00Z'), 'America/New_York')).toBe('2026-01-01');
    expect(localDateOf(at('2026-06-14T18:14:59Z'), 'Asia/Kathmandu')).toBe('2026-06-14');
    expect(localDateOf(at('2026-06-14T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-06-15');
    expect(localDateOf(at('2026-06-14T12:00:00Z'), 'Pacific/Chatham')).toBe('2026-06-15');
    expect(localDateOf(at('2026-06-14T12:00:00Z'), 'UTC')).toBe('2026-06-14');
  });

  it('follows DST changes to the second', () => {
    // Fall-back in New York: 2026-11-01T04:00Z is 00:00 EDT, the start of Nov 1.
    expect(localDateOf(at('2026-11-01T03:59:59Z'), 'America/New_York')).toBe('2026-10-31');
    expect(localDateOf(at('2026-11-01T04:00:00Z'), 'America/New_York')).toBe('2026-11-01');
    // 2026-11-02T04:30Z is 23:30 EST on Nov 1.
    expect(localDateOf(at('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
  });
});

describe('isoWeekKeyOf', () => {
  it.each([
    ['2026-06-15', '2026-W25'],
    ['2026-06-21', '2026-W25'],
    ['2026-06-22', '2026-W26'],
    ['2025-12-29', '2026-W01'],
    ['2026-01-01', '2026-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (date, expected) => {
    expect(isoWeekKeyOf(date)).toBe(expected);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('+05:00')).toBe(false);
  });
});

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Havana',
];

/** Independent oracle: the wall clock Intl shows for an instant, as a sortable string. */
function wallClockOf(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}T${value('hour')}:${value('minute')}:${value('second')}`;
}

describe('zone maths against Intl (property)', () => {
  const instants = fc.integer({
    min: at('2000-01-01T00:00:00Z') / 60_000,
    max: at('2040-01-01T00:00:00Z') / 60_000,
  });

  it('localDateOf equals the date Intl shows', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (minute, zone) => {
        const instant = minute * 60_000;
        expect(localDateOf(instant, zone)).toBe(wallClockOf(instant, zone).slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });

  it('an existing wall time maps to its earliest instant; a skipped one to the end of the gap', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (minute, zone) => {
        const wall = wallClockOf(minute * 60_000, zone);
        const result = zonedTimeToInstant(wall.slice(0, 10), wall.slice(11, 16), zone);
        expect(wallClockOf(result, zone)).toBe(wall);
        expect(result).toBeLessThanOrEqual(minute * 60_000);
        // Nothing earlier shows the same wall time (repeats are at most a few hours apart).
        for (let back = 15; back <= 180; back += 15) {
          expect(wallClockOf(result - back * 60_000, zone)).not.toBe(wall);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('wall times around DST changes map to an instant showing them or ending their gap', () => {
    const transitionDays = fc.constantFrom(
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/London', '2026-03-29'],
      ['Europe/London', '2026-10-25'],
      ['Australia/Lord_Howe', '2026-10-04'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['America/Santiago', '2026-09-06'],
      ['America/Havana', '2026-03-08'],
    );
    fc.assert(
      fc.property(transitionDays, fc.integer({ min: 0, max: 24 * 4 - 1 }), ([zone, date], quarter) => {
        const hhmm = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
        const requested = `${date}T${hhmm}:00`;
        const result = zonedTimeToInstant(date, hhmm, zone);
        const shown = wallClockOf(result, zone);
        if (shown !== requested) {
          // In a gap: the result is the first instant after it.
          expect(shown > requested).toBe(true);
          expect(wallClockOf(result - 1000, zone) < requested).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
