import { describe, expect, it } from 'vitest';
import { listSlots } from '../src';
import { at, booking, everyDay, interval, makeInput, startsOf } from './factories';

const MONDAY = '2026-06-15';
const hours = (...times: string[]) => times.map((time) => `${MONDAY}T${time}:00.000Z`);

describe('listSlots: business hours and grid', () => {
  it('offers every whole duration inside the hours, ending inside them', () => {
    const slots = listSlots(makeInput());
    expect(startsOf(slots)).toEqual(
      hours('09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'),
    );
    expect(slots.every((slot) => slot.end - slot.start === 60 * 60_000)).toBe(true);
    expect(slots.at(-1)?.end).toBe(at(`${MONDAY}T17:00:00Z`));
  });

  it('steps by slotStepMinutes when set', () => {
    const slots = listSlots(makeInput({ rules: { slotStepMinutes: 15 } }));
    expect(slots).toHaveLength(29);
    expect(startsOf(slots).slice(0, 3)).toEqual(hours('09:00', '09:15', '09:30'));
    expect(startsOf(slots).at(-1)).toBe(`${MONDAY}T16:00:00.000Z`);
  });

  it('drops a candidate that would end after its window', () => {
    const rules = { weeklyHours: everyDay([{ start: '09:00', end: '10:45' }]), slotStepMinutes: 30 };
    expect(startsOf(listSlots(makeInput({ rules })))).toEqual(hours('09:00', '09:30'));
  });

  it('starts each window its own grid and merges overlapping ranges into sorted distinct slots', () => {
    const rules = {
      weeklyHours: everyDay([
        { start: '11:00', end: '13:00' },
        { start: '09:00', end: '11:30' },
        { start: '09:00', end: '10:00' },
      ]),
    };
    expect(startsOf(listSlots(makeInput({ rules })))).toEqual(hours('09:00', '10:00', '11:00', '12:00'));
  });

  it('offers nothing on a weekday without hours', () => {
    const sunday = interval('2026-06-14T00:00:00Z', '2026-06-15T00:00:00Z');
    expect(listSlots(makeInput({ range: sunday }))).toEqual([]);
  });

  it('offers nothing for a duration the link does not allow', () => {
    expect(listSlots(makeInput({ duration: 45 }))).toEqual([]);
  });

  it('lists slots whose start lies in the range, even when they end after it', () => {
    const range = interval(`${MONDAY}T10:30:00Z`, `${MONDAY}T12:00:01Z`);
    expect(startsOf(listSlots(makeInput({ range })))).toEqual(hours('11:00', '12:00'));
    const endingAtTwelve = interval(`${MONDAY}T10:30:00Z`, `${MONDAY}T12:00:00Z`);
    expect(startsOf(listSlots(makeInput({ range: endingAtTwelve })))).toEqual(hours('11:00'));
  });

  it('reads "24:00" as the next local midnight', () => {
    const rules = { timeZone: 'America/New_York', weeklyHours: everyDay([{ start: '22:00', end: '24:00' }]) };
    const range = interval('2026-03-09T12:00:00Z', '2026-03-10T12:00:00Z');
    expect(startsOf(listSlots(makeInput({ rules, range })))).toEqual([
      '2026-03-10T02:00:00.000Z',
      '2026-03-10T03:00:00.000Z',
    ]);
  });
});

describe('listSlots: exclusions, notice and advance window', () => {
  it('offers nothing on an excluded local date', () => {
    const range = interval('2026-06-15T00:00:00Z', '2026-06-17T00:00:00Z');
    const slots = listSlots(makeInput({ range, rules: { excludedDates: [MONDAY] } }));
    expect(startsOf(slots)[0]).toBe('2026-06-16T09:00:00.000Z');
    expect(slots).toHaveLength(8);
  });

  it('reads excluded dates in the link zone', () => {
    // 09:00-17:00 in Kathmandu is 03:15Z-11:15Z; excluding the local Tuesday leaves Monday only.
    const rules = { timeZone: 'Asia/Kathmandu', excludedDates: ['2026-06-16'], durations: [240] };
    const range = interval('2026-06-14T18:15:00Z', '2026-06-16T18:15:00Z');
    expect(startsOf(listSlots(makeInput({ rules, range, duration: 240 })))).toEqual([
      '2026-06-15T03:15:00.000Z',
      '2026-06-15T07:15:00.000Z',
    ]);
  });

  it('offers nothing starting before now + minimum notice', () => {
    const now = at(`${MONDAY}T10:10:00Z`);
    const slots = listSlots(makeInput({ now, rules: { minNoticeMinutes: 30 } }));
    expect(startsOf(slots)).toEqual(hours('11:00', '12:00', '13:00', '14:00', '15:00', '16:00'));
    const exact = listSlots(makeInput({ now: at(`${MONDAY}T10:30:00Z`), rules: { minNoticeMinutes: 30 } }));
    expect(startsOf(exact)[0]).toBe(`${MONDAY}T11:00:00.000Z`);
  });

  it('keeps slot dates between today + minAdvanceDays and today + maxAdvanceDays', () => {
    const now = at(`${MONDAY}T08:00:00Z`);
    const range = interval('2026-06-15T00:00:00Z', '2026-06-22T00:00:00Z');
    const slots = listSlots(makeInput({ now, range, rules: { minAdvanceDays: 1, maxAdvanceDays: 2 } }));
    expect(startsOf(slots)[0]).toBe('2026-06-16T09:00:00.000Z');
    expect(startsOf(slots).at(-1)).toBe('2026-06-17T16:00:00.000Z');
    expect(slots).toHaveLength(16);
  });

  it("counts advance days from today's local date in the link zone", () => {
    // 20:00Z on Monday is already Tuesday 05:00 in Tokyo.
    const now = at(`${MONDAY}T20:00:00Z`);
    const rules = { timeZone: 'Asia/Tokyo', maxAdvanceDays: 0 };
    const range = interval('2026-06-14T00:00:00Z', '2026-06-20T00:00:00Z');
    const slots = listSlots(makeInput({ now, range, rules }));
    expect(startsOf(slots)[0]).toBe('2026-06-16T00:00:00.000Z');
    expect(startsOf(slots).at(-1)).toBe('2026-06-16T07:00:00.000Z');
  });
});

describe('listSlots: busy time and buffers', () => {
  it('skips slots meeting a busy block; touching is fine', () => {
    const busy = [interval(`${MONDAY}T10:30:00Z`, `${MONDAY}T11:15:00Z`)];
    expect(startsOf(listSlots(makeInput({ busy })))).toEqual(
      hours('09:00', '12:00', '13:00', '14:00', '15:00', '16:00'),
    );
    const stepped = listSlots(makeInput({ busy, rules: { slotStepMinutes: 15 } }));
    expect(startsOf(stepped).slice(0, 4)).toEqual(hours('09:00', '09:15', '09:30', '11:15'));
  });

  it('treats unsorted, overlapping and empty busy blocks as their union', () => {
    const busy = [
      interval(`${MONDAY}T14:00:00Z`, `${MONDAY}T14:30:00Z`),
      interval(`${MONDAY}T09:30:00Z`, `${MONDAY}T10:15:00Z`),
      interval(`${MONDAY}T10:00:00Z`, `${MONDAY}T10:45:00Z`),
      interval(`${MONDAY}T12:30:00Z`, `${MONDAY}T12:30:00Z`),
    ];
    expect(startsOf(listSlots(makeInput({ busy })))).toEqual(
      hours('11:00', '12:00', '13:00', '15:00', '16:00'),
    );
  });

  it("keeps the link's own buffers clear of busy time", () => {
    const busy = [interval(`${MONDAY}T12:00:00Z`, `${MONDAY}T12:30:00Z`)];
    const rules = { bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
    expect(startsOf(listSlots(makeInput({ busy, rules })))).toEqual(
      hours('09:00', '10:00', '13:00', '14:00', '15:00', '16:00'),
    );
  });

  it("keeps slots out of another booking's own buffered range", () => {
    const bookings = [booking(`${MONDAY}T12:00:00Z`, `${MONDAY}T12:30:00Z`, 0, 45)];
    expect(startsOf(listSlots(makeInput({ bookings })))).toEqual(
      hours('09:00', '10:00', '11:00', '14:00', '15:00', '16:00'),
    );
  });

  it("keeps the link's buffers clear of other bookings' meetings", () => {
    const bookings = [booking(`${MONDAY}T12:00:00Z`, `${MONDAY}T12:30:00Z`)];
    const rules = { bufferAfterMinutes: 30 };
    expect(startsOf(listSlots(makeInput({ bookings, rules })))).toEqual(
      hours('09:00', '10:00', '13:00', '14:00', '15:00', '16:00'),
    );
  });

  it('does not stack the two sides’ buffers: a gap as wide as the larger one is enough', () => {
    // Our 30-min after-buffer and their 30-min before-buffer both fit in the 30 minutes between.
    const bookings = [booking(`${MONDAY}T12:30:00Z`, `${MONDAY}T13:00:00Z`, 30, 0)];
    const rules = { bufferAfterMinutes: 30 };
    expect(startsOf(listSlots(makeInput({ bookings, rules })))).toEqual(
      hours('09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'),
    );
  });
});

describe('listSlots: per-day and per-week caps', () => {
  const week = interval('2026-06-15T00:00:00Z', '2026-06-23T00:00:00Z');

  it('offers nothing on a local day at its cap', () => {
    const counts = { perDay: new Map([[MONDAY, 2]]), perWeek: new Map<string, number>() };
    const full = listSlots(makeInput({ counts, rules: { maxPerDay: 2 } }));
    expect(full).toEqual([]);
    expect(listSlots(makeInput({ counts, rules: { maxPerDay: 3 } }))).toHaveLength(8);
  });

  it('offers nothing in an ISO week at its cap', () => {
    const counts = { perDay: new Map<string, number>(), perWeek: new Map([['2026-W25', 5]]) };
    const slots = listSlots(makeInput({ counts, range: week, rules: { maxPerWeek: 5 } }));
    expect(startsOf(slots)[0]).toBe('2026-06-22T09:00:00.000Z');
    expect(slots).toHaveLength(8);
  });
});

describe('listSlots: owner-picked slots', () => {
  const range = interval('2026-06-15T00:00:00Z', '2026-06-22T00:00:00Z');
  const pickedSlots = [
    interval(`${MONDAY}T13:00:00Z`, `${MONDAY}T13:30:00Z`),
    interval(`${MONDAY}T10:00:00Z`, `${MONDAY}T10:30:00Z`),
    interval(`${MONDAY}T11:00:00Z`, `${MONDAY}T12:00:00Z`),
    interval('2026-06-20T22:10:00Z', '2026-06-20T22:40:00Z'),
    interval(`${MONDAY}T13:00:00Z`, `${MONDAY}T13:30:00Z`),
  ];

  it('offers exactly the picked slots of the chosen length, ignoring hours, grid and exclusions', () => {
    const rules = { excludedDates: ['2026-06-20'], maxAdvanceDays: 0 };
    const slots = listSlots(makeInput({ duration: 30, range, pickedSlots, rules }));
    expect(startsOf(slots)).toEqual([
      '2026-06-15T10:00:00.000Z',
      '2026-06-15T13:00:00.000Z',
      '2026-06-20T22:10:00.000Z',
    ]);
  });

  it('still honours busy time, buffers, notice and caps', () => {
    const busy = [interval(`${MONDAY}T10:20:00Z`, `${MONDAY}T10:25:00Z`)];
    const counts = { perDay: new Map([['2026-06-20', 1]]), perWeek: new Map<string, number>() };
    const slots = listSlots(
      makeInput({ duration: 30, range, pickedSlots, busy, counts, rules: { maxPerDay: 1 } }),
    );
    expect(startsOf(slots)).toEqual(['2026-06-15T13:00:00.000Z']);
    const late = listSlots(
      makeInput({
        duration: 30,
        range,
        pickedSlots,
        now: at(`${MONDAY}T12:45:00Z`),
        rules: { minNoticeMinutes: 30 },
      }),
    );
    expect(startsOf(late)).toEqual(['2026-06-20T22:10:00.000Z']);
  });
});
