import { describe, expect, it } from 'vitest';
import {
  defaultLinkSettings,
  type LinkSettings,
  mergeLinkSettings,
  toAvailabilityRules,
  validateLinkSettings,
} from './link-settings';

const valid = defaultLinkSettings('Europe/Berlin');
const pathsOf = (settings: LinkSettings) => validateLinkSettings(settings).map((error) => error.path);

describe('validateLinkSettings', () => {
  it('accepts the defaults and the whole-day range ending at 24:00', () => {
    expect(validateLinkSettings(valid)).toEqual([]);
    expect(
      pathsOf(mergeLinkSettings(valid, { weeklyHours: { sat: [{ start: '00:00', end: '24:00' }] } })),
    ).toEqual([]);
  });

  it('names each bad range of a day by index', () => {
    const settings = mergeLinkSettings(valid, {
      weeklyHours: {
        mon: [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '13:30' },
        ],
        tue: [{ start: '24:00', end: '24:00' }],
        wed: [{ start: '12:00', end: '12:00' }],
      },
    });
    expect(validateLinkSettings(settings)).toEqual([
      { path: 'settings.weeklyHours.mon[1]', message: 'overlaps another range of the same day' },
      { path: 'settings.weeklyHours.tue[0].start', message: 'must be a local time HH:MM (00:00 to 23:59)' },
      { path: 'settings.weeklyHours.wed[0].end', message: 'must be after start' },
    ]);
  });

  it('lets adjacent ranges touch', () => {
    const settings = mergeLinkSettings(valid, {
      weeklyHours: {
        mon: [
          { start: '09:00', end: '12:00' },
          { start: '12:00', end: '17:00' },
        ],
      },
    });
    expect(validateLinkSettings(settings)).toEqual([]);
  });

  it('checks zone, dates, durations, steps, caps and advance windows', () => {
    expect(pathsOf({ ...valid, timeZone: 'Not/AZone' })).toEqual(['settings.timeZone']);
    const excludedDates = [
      { date: '2026-02-29' },
      { date: '2026-12-24' },
      { date: '2026-12-24', label: ' ' },
    ];
    expect(pathsOf({ ...valid, excludedDates })).toEqual([
      'settings.excludedDates[0].date',
      'settings.excludedDates[2].date',
      'settings.excludedDates[2].label',
    ]);
    expect(pathsOf({ ...valid, durations: [], defaultDuration: 30 })).toEqual([
      'settings.durations',
      'settings.defaultDuration',
    ]);
    expect(pathsOf({ ...valid, durations: [4, 30, 721, 30] })).toEqual([
      'settings.durations[0]',
      'settings.durations[2]',
      'settings.durations[3]',
    ]);
    expect(pathsOf({ ...valid, slotStepMinutes: 2 })).toEqual(['settings.slotStepMinutes']);
    expect(pathsOf({ ...valid, maxPerDay: 5, maxPerWeek: 3 })).toEqual(['settings.maxPerWeek']);
    expect(pathsOf({ ...valid, minAdvanceDays: 10, maxAdvanceDays: 5 })).toEqual(['settings.maxAdvanceDays']);
    expect(pathsOf({ ...valid, maxAdvanceDays: 366 })).toEqual(['settings.maxAdvanceDays']);
    expect(pathsOf({ ...valid, bufferAfterMinutes: -1, minNoticeMinutes: 1.5 })).toEqual([
      'settings.bufferAfterMinutes',
      'settings.minNoticeMinutes',
    ]);
  });
});

describe('date overrides', () => {
  it('accepts distinct dates with valid ranges, empty ranges closing the day', () => {
    const dateOverrides = [
      { date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }] },
      { date: '2026-12-31', ranges: [] },
    ];
    expect(pathsOf({ ...valid, dateOverrides })).toEqual([]);
  });

  it('names bad dates, repeated dates and bad ranges by index', () => {
    const dateOverrides = [
      { date: '2026-02-30', ranges: [] },
      {
        date: '2026-12-24',
        ranges: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '10:00' },
        ],
      },
      { date: '2026-12-24', ranges: [] },
    ];
    expect(pathsOf({ ...valid, dateOverrides })).toEqual([
      'settings.dateOverrides[0].date',
      'settings.dateOverrides[1].ranges[1].end',
      'settings.dateOverrides[2].date',
    ]);
  });

  it('refuses a date that is both a day off and overridden, naming the override', () => {
    const settings = {
      ...valid,
      excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }],
      dateOverrides: [{ date: '2026-12-25', ranges: [{ start: '10:00', end: '12:00' }] }],
    };
    expect(validateLinkSettings(settings)).toEqual([
      {
        path: 'settings.dateOverrides[0].date',
        message: 'is also a day off (excludedDates[0]): remove it from one of the lists',
      },
    ]);
  });
});

describe('mergeLinkSettings', () => {
  it('stores plain excluded dates as objects and keeps labels', () => {
    const merged = mergeLinkSettings(valid, {
      excludedDates: ['2026-12-24', { date: '2026-12-25', label: 'Christmas Day' }],
    });
    expect(merged.excludedDates).toEqual([
      { date: '2026-12-24' },
      { date: '2026-12-25', label: 'Christmas Day' },
    ]);
    expect(toAvailabilityRules(merged).excludedDates).toEqual(['2026-12-24', '2026-12-25']);
  });

  it('replaces top-level fields and only the weekdays given', () => {
    const merged = mergeLinkSettings(valid, { durations: [60], weeklyHours: { mon: [] } });
    expect(merged.durations).toEqual([60]);
    expect(merged.weeklyHours.mon).toEqual([]);
    expect(merged.weeklyHours.tue).toEqual(valid.weeklyHours.tue);
    expect(valid.weeklyHours.mon).toHaveLength(1);
  });
});
