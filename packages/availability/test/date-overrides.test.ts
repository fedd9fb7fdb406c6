import { describe, expect, it } from 'vitest';
import type { AvailabilityInput, DateOverride } from '../src';
import { checkSlot, listSlots } from '../src';
import { at, everyDay, interval, makeInput, startsOf } from './factories';

const MONDAY = '2026-06-15';
const TUESDAY = '2026-06-16';
const SUNDAY = '2026-06-14';

function withoutRange(input: AvailabilityInput): Omit<AvailabilityInput, 'range'> {
  const { range: _range, ...rest } = input;
  return rest;
}

function slotsWith(
  dateOverrides: DateOverride[],
  range: [string, string],
  options: { duration?: number; timeZone?: string; excludedDates?: string[]; slotStepMinutes?: number } = {},
) {
  const { duration = 60, timeZone = 'UTC', excludedDates = [], slotStepMinutes = null } = options;
  return startsOf(
    listSlots(
      makeInput({
        duration,
        range: interval(range[0], range[1]),
        rules: { timeZone, dateOverrides, excludedDates, durations: [duration], slotStepMinutes },
      }),
    ),
  );
}

describe('date overrides replace the weekday hours of one local date', () => {
  it("replaces Monday's 09:00-17:00 by the override's ranges", () => {
    const overrides = [
      {
        date: MONDAY,
        ranges: [
          { start: '13:00', end: '15:00' },
          { start: '07:00', end: '08:00' },
        ],
      },
    ];
    expect(slotsWith(overrides, [`${MONDAY}T00:00:00Z`, `${TUESDAY}T00:00:00Z`])).toEqual([
      `${MONDAY}T07:00:00.000Z`,
      `${MONDAY}T13:00:00.000Z`,
      `${MONDAY}T14:00:00.000Z`,
    ]);
  });

  it('leaves the neighbouring dates on their weekday hours', () => {
    const overrides = [{ date: MONDAY, ranges: [{ start: '13:00', end: '14:00' }] }];
    const slots = slotsWith(overrides, [`${MONDAY}T00:00:00Z`, '2026-06-17T00:00:00Z']);
    expect(slots.filter((start) => start.startsWith(MONDAY))).toEqual([`${MONDAY}T13:00:00.000Z`]);
    expect(slots.filter((start) => start.startsWith(TUESDAY))).toHaveLength(8);
  });

  it('opens a weekday that has no hours', () => {
    const overrides = [{ date: SUNDAY, ranges: [{ start: '10:00', end: '12:00' }] }];
    expect(slotsWith(overrides, [`${SUNDAY}T00:00:00Z`, `${MONDAY}T00:00:00Z`])).toEqual([
      `${SUNDAY}T10:00:00.000Z`,
      `${SUNDAY}T11:00:00.000Z`,
    ]);
  });

  it('closes the date when its ranges are empty', () => {
    expect(
      slotsWith([{ date: MONDAY, ranges: [] }], [`${MONDAY}T00:00:00Z`, `${TUESDAY}T00:00:00Z`]),
    ).toEqual([]);
  });

  it('takes candidates from the range start and keeps only slots ending inside the range', () => {
    const overrides = [{ date: MONDAY, ranges: [{ start: '09:10', end: '10:50' }] }];
    expect(slotsWith(overrides, [`${MONDAY}T00:00:00Z`, `${TUESDAY}T00:00:00Z`], { duration: 30 })).toEqual([
      `${MONDAY}T09:10:00.000Z`,
      `${MONDAY}T09:40:00.000Z`,
      `${MONDAY}T10:10:00.000Z`,
    ]);
    const tooShort = [{ date: MONDAY, ranges: [{ start: '09:00', end: '09:50' }] }];
    expect(slotsWith(tooShort, [`${MONDAY}T00:00:00Z`, `${TUESDAY}T00:00:00Z`])).toEqual([]);
  });

  it('uses the slot step from each override range start', () => {
    const overrides = [{ date: MONDAY, ranges: [{ start: '09:05', end: '10:00' }] }];
    expect(
      slotsWith(overrides, [`${MONDAY}T00:00:00Z`, `${TUESDAY}T00:00:00Z`], {
        duration: 30,
        slotStepMinutes: 20,
      }),
    ).toEqual([`${MONDAY}T09:05:00.000Z`, `${MONDAY}T09:25:00.000Z`]);
  });

  it('reads the override date in the link zone', () => {
    // Kathmandu is +05:45: local Monday 08:00-09:00 is 02:15Z-03:15Z.
    const overrides = [{ date: MONDAY, ranges: [{ start: '08:00', end: '09:00' }] }];
    expect(
      slotsWith(overrides, ['2026-06-14T18:15:00Z', '2026-06-15T18:15:00Z'], { timeZone: 'Asia/Kathmandu' }),
    ).toEqual(['2026-06-15T02:15:00.000Z']);
  });

  it('"24:00" ends the override at the next local midnight', () => {
    const overrides = [{ date: MONDAY, ranges: [{ start: '22:00', end: '24:00' }] }];
    expect(slotsWith(overrides, [`${MONDAY}T00:00:00Z`, '2026-06-17T00:00:00Z'])).toContain(
      `${MONDAY}T23:00:00.000Z`,
    );
  });

  it('keeps an excluded date closed even when it is also overridden', () => {
    const overrides = [{ date: MONDAY, ranges: [{ start: '10:00', end: '12:00' }] }];
    expect(
      slotsWith(overrides, [`${MONDAY}T00:00:00Z`, `${TUESDAY}T00:00:00Z`], { excludedDates: [MONDAY] }),
    ).toEqual([]);
  });
});

describe('checkSlot with date overrides', () => {
  const input = withoutRange(
    makeInput({
      rules: {
        dateOverrides: [
          { date: MONDAY, ranges: [{ start: '13:00', end: '15:00' }] },
          { date: TUESDAY, ranges: [] },
        ],
      },
    }),
  );

  it('accepts a start inside the override and rejects the weekday hours it replaced', () => {
    expect(checkSlot(input, at(`${MONDAY}T13:00:00Z`)).ok).toBe(true);
    expect(checkSlot(input, at(`${MONDAY}T09:00:00Z`))).toEqual({ ok: false, reason: 'outside_hours' });
    expect(checkSlot(input, at(`${MONDAY}T13:30:00Z`))).toEqual({ ok: false, reason: 'off_grid' });
    expect(checkSlot(input, at(`${MONDAY}T14:30:00Z`))).toEqual({ ok: false, reason: 'outside_hours' });
  });

  it('rejects every start on a closed date as outside the hours', () => {
    expect(checkSlot(input, at(`${TUESDAY}T09:00:00Z`))).toEqual({ ok: false, reason: 'outside_hours' });
  });
});

describe('date overrides on DST transition days', () => {
  // Weekly hours 09:00-17:00 every day; the override alone decides the transition day. Every listed slot
  // must also pass checkSlot.
  function transitionDaySlots(
    timeZone: string,
    date: string,
    range: [string, string],
    start: string,
    end: string,
    duration: number,
  ) {
    const input = makeInput({
      duration,
      range: interval(range[0], range[1]),
      rules: {
        timeZone,
        durations: [duration],
        weeklyHours: everyDay([{ start: '09:00', end: '17:00' }]),
        dateOverrides: [{ date, ranges: [{ start, end }] }],
      },
    });
    const slots = listSlots(input);
    for (const slot of slots) expect(checkSlot(withoutRange(input), slot.start)).toEqual({ ok: true, slot });
    return startsOf(slots);
  }

  it('New York spring-forward: an override of 01:00-04:00 lasts two real hours', () => {
    expect(
      transitionDaySlots(
        'America/New_York',
        '2026-03-08',
        ['2026-03-08T05:00:00Z', '2026-03-09T05:00:00Z'],
        '01:00',
        '04:00',
        30,
      ),
    ).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('New York spring-forward: an override starting inside the gap starts when the gap ends', () => {
    const input = makeInput({
      duration: 30,
      range: interval('2026-03-08T05:00:00Z', '2026-03-09T05:00:00Z'),
      rules: {
        timeZone: 'America/New_York',
        durations: [30],
        weeklyHours: everyDay([{ start: '09:00', end: '17:00' }]),
        dateOverrides: [{ date: '2026-03-08', ranges: [{ start: '02:30', end: '04:00' }] }],
      },
    });
    expect(startsOf(listSlots(input))).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z']);
    expect(checkSlot(withoutRange(input), at('2026-03-08T06:30:00Z'))).toEqual({
      ok: false,
      reason: 'outside_hours',
    });
  });

  it('New York fall-back: an override of 01:00-04:00 lasts four real hours from the first 01:00', () => {
    const input = makeInput({
      duration: 60,
      range: interval('2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z'),
      rules: {
        timeZone: 'America/New_York',
        durations: [60],
        weeklyHours: everyDay([{ start: '09:00', end: '17:00' }]),
        dateOverrides: [{ date: '2026-11-01', ranges: [{ start: '01:00', end: '04:00' }] }],
      },
    });
    expect(startsOf(listSlots(input))).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
  });

  it('Lord Howe spring-forward: an override of 01:00-04:00 loses only thirty minutes', () => {
    const input = makeInput({
      duration: 30,
      range: interval('2026-10-03T13:00:00Z', '2026-10-04T13:00:00Z'),
      rules: {
        timeZone: 'Australia/Lord_Howe',
        durations: [30],
        weeklyHours: everyDay([{ start: '09:00', end: '17:00' }]),
        dateOverrides: [{ date: '2026-10-04', ranges: [{ start: '01:00', end: '04:00' }] }],
      },
    });
    expect(startsOf(listSlots(input))).toEqual([
      '2026-10-03T14:30:00.000Z',
      '2026-10-03T15:00:00.000Z',
      '2026-10-03T15:30:00.000Z',
      '2026-10-03T16:00:00.000Z',
      '2026-10-03T16:30:00.000Z',
    ]);
  });

  it('Lord Howe fall-back: an override of 01:00-03:00 gains thirty minutes', () => {
    const input = makeInput({
      duration: 30,
      range: interval('2026-04-04T13:00:00Z', '2026-04-05T13:30:00Z'),
      rules: {
        timeZone: 'Australia/Lord_Howe',
        durations: [30],
        weeklyHours: everyDay([{ start: '09:00', end: '17:00' }]),
        dateOverrides: [{ date: '2026-04-05', ranges: [{ start: '01:00', end: '03:00' }] }],
      },
    });
    expect(startsOf(listSlots(input))).toEqual([
      '2026-04-04T14:00:00.000Z',
      '2026-04-04T14:30:00.000Z',
      '2026-04-04T15:00:00.000Z',
      '2026-04-04T15:30:00.000Z',
      '2026-04-04T16:00:00.000Z',
    ]);
  });

  it('Lord Howe: a closed override on the spring-forward day leaves the days around it open', () => {
    const input = makeInput({
      duration: 60,
      range: interval('2026-10-02T13:00:00Z', '2026-10-05T13:00:00Z'),
      rules: {
        timeZone: 'Australia/Lord_Howe',
        durations: [60],
        weeklyHours: everyDay([{ start: '09:00', end: '11:00' }]),
        dateOverrides: [{ date: '2026-10-04', ranges: [] }],
      },
    });
    // 09:00 local is 22:30Z the day before at +10:30, 22:00Z at +11.
    expect(startsOf(listSlots(input))).toEqual([
      '2026-10-02T22:30:00.000Z',
      '2026-10-02T23:30:00.000Z',
      '2026-10-04T22:00:00.000Z',
      '2026-10-04T23:00:00.000Z',
    ]);
  });
});
