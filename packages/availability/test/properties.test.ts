import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvailabilityInput, BookedMeeting, Interval, TimeRange, Weekday } from '../src';
import { checkSlot, isoWeekKeyOf, listSlots, localDateOf } from '../src';
import { at, DAY, MINUTE, makeRules } from './factories';
import {
  addDays,
  enumerateCandidates,
  isAvailable,
  isClearOfBusy,
  isInsideAdvanceWindow,
  isInsideHoursOnGrid,
  isUnderCaps,
  listSlotsNaively,
  weekdayOf,
} from './oracle';

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Havana',
];
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function quarterToTime(quarter: number): string {
  return `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
}

const timeRange: fc.Arbitrary<TimeRange> = fc
  .tuple(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }))
  .map(([first, second]) => ({
    start: quarterToTime(Math.min(first, second, 95)),
    end: quarterToTime(Math.max(first, second)),
  }));

const weeklyHours = fc
  .array(fc.array(timeRange, { maxLength: 2 }), { minLength: 7, maxLength: 7 })
  .map(
    (days) =>
      Object.fromEntries(WEEKDAYS.map((weekday, index) => [weekday, days[index] ?? []])) as Record<
        Weekday,
        TimeRange[]
      >,
  );

// Around the 2026 DST changes of every zone above.
const nowArbitrary = fc.oneof(
  fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }),
  fc
    .constantFrom('2026-03-06', '2026-03-27', '2026-04-02', '2026-10-01', '2026-10-23', '2026-10-30')
    .chain((date) => fc.integer({ min: at(`${date}T00:00:00Z`), max: at(`${date}T00:00:00Z`) + 2 * DAY })),
);

/** `value` one time in four, `otherwise` the rest, so most runs exercise the other rules. */
function rarely<T, U>(value: fc.Arbitrary<T>, otherwise: U): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 1, arbitrary: value }, { weight: 3, arbitrary: fc.constant(otherwise) });
}

const relativeInterval = (maxOffsetMinutes: number, lengths: fc.Arbitrary<number>) =>
  fc.record({ offset: fc.integer({ min: -DAY / MINUTE, max: maxOffsetMinutes }), length: lengths });

const inputArbitrary: fc.Arbitrary<AvailabilityInput> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    weeklyHours,
    now: nowArbitrary,
    duration: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(15, 30, 60) },
      { weight: 1, arbitrary: fc.constant(45) },
    ),
    slotStepMinutes: fc.option(fc.constantFrom(10, 15, 20, 30, 45), { nil: null }),
    bufferBeforeMinutes: fc.integer({ min: 0, max: 45 }),
    bufferAfterMinutes: fc.integer({ min: 0, max: 45 }),
    maxPerDay: rarely(fc.integer({ min: 0, max: 3 }), null),
    maxPerWeek: rarely(fc.integer({ min: 0, max: 8 }), null),
    minNoticeMinutes: fc.integer({ min: 0, max: 2000 }),
    minAdvanceDays: fc.integer({ min: 0, max: 3 }),
    advanceSpanDays: fc.integer({ min: 0, max: 10 }),
    excludedDayOffsets: fc.array(fc.integer({ min: -1, max: 12 }), { maxLength: 3 }),
    // Distinct dates, as the service requires; an empty list of ranges closes the date.
    dateOverrides: fc.uniqueArray(
      fc.record({
        offset: fc.integer({ min: -1, max: 12 }),
        ranges: fc.array(timeRange, { maxLength: 2 }),
      }),
      { maxLength: 4, selector: (override) => override.offset },
    ),
    countedDays: fc.array(fc.tuple(fc.integer({ min: -1, max: 12 }), fc.integer({ min: 0, max: 4 })), {
      maxLength: 6,
    }),
    busy: fc.array(relativeInterval(14 * 24 * 60, fc.integer({ min: 0, max: 240 })), { maxLength: 25 }),
    bookings: fc.array(
      fc.record({
        at: relativeInterval(14 * 24 * 60, fc.integer({ min: 0, max: 120 })),
        before: fc.integer({ min: 0, max: 60 }),
        after: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 8 },
    ),
    range: relativeInterval(7 * 24 * 60, fc.integer({ min: 1, max: 10 * 24 * 60 })),
    // Length 0 stands for "the chosen duration", so most picked slots can be offered.
    picked: rarely(
      fc.array(relativeInterval(10 * 24 * 60, fc.constantFrom(0, 0, 0, 30, 45)), { maxLength: 6 }),
      undefined,
    ),
  })
  .map((drawn) => {
    const origin = Math.floor(drawn.now / MINUTE) * MINUTE;
    const toInterval = ({ offset, length }: { offset: number; length: number }): Interval => ({
      start: origin + offset * MINUTE,
      end: origin + (offset + length) * MINUTE,
    });
    const today = localDateOf(drawn.now, drawn.timeZone);
    const perDay = new Map<string, number>();
    const perWeek = new Map<string, number>();
    for (const [offset, count] of drawn.countedDays) {
      const date = addDays(today, offset);
      perDay.set(date, count);
      perWeek.set(isoWeekKeyOf(date), (perWeek.get(isoWeekKeyOf(date)) ?? 0) + count);
    }
    const bookings: BookedMeeting[] = drawn.bookings.map((meeting) => ({
      ...toInterval(meeting.at),
      bufferBeforeMinutes: meeting.before,
      bufferAfterMinutes: meeting.after,
    }));
    const input: AvailabilityInput = {
      rules: makeRules({
        timeZone: drawn.timeZone,
        weeklyHours: drawn.weeklyHours,
        excludedDates: drawn.excludedDayOffsets.map((offset) => addDays(today, offset)),
        dateOverrides: drawn.dateOverrides.map(({ offset, ranges }) => ({
          date: addDays(today, offset),
          ranges,
        })),
        durations: [15, 30, 60],
        slotStepMinutes: drawn.slotStepMinutes,
        bufferBeforeMinutes: drawn.bufferBeforeMinutes,
        bufferAfterMinutes: drawn.bufferAfterMinutes,
        maxPerDay: drawn.maxPerDay,
        maxPerWeek: drawn.maxPerWeek,
        minNoticeMinutes: drawn.minNoticeMinutes,
        minAdvanceDays: drawn.minAdvanceDays,
        maxAdvanceDays: drawn.minAdvanceDays + drawn.advanceSpanDays,
      }),
      duration: drawn.duration,
      now: drawn.now,
      range: toInterval(drawn.range),
      busy: drawn.busy.map(toInterval),
      bookings,
      counts: { perDay, perWeek },
    };
    if (!drawn.picked) return input;
    const pickedSlots = drawn.picked.map((picked) =>
      toInterval({ ...picked, length: picked.length || drawn.duration }),
    );
    return { ...input, pickedSlots };
  });

const RUNS = { numRuns: 250 };

function withoutRange(input: AvailabilityInput): Omit<AvailabilityInput, 'range'> {
  const { range: _range, ...rest } = input;
  return rest;
}

describe('listSlots invariants (property)', () => {
  it('every slot has the chosen length, starts inside the range, and slots are sorted and distinct', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const slots = listSlots(input);
        slots.forEach((slot, index) => {
          expect(slot.end - slot.start).toBe(input.duration * MINUTE);
          expect(slot.start).toBeGreaterThanOrEqual(input.range.start);
          expect(slot.start).toBeLessThan(input.range.end);
          if (index > 0) expect(slot.start).toBeGreaterThan(slots[index - 1]?.start ?? Number.NaN);
        });
        if (!input.rules.durations.includes(input.duration)) expect(slots).toEqual([]);
      }),
      RUNS,
    );
  });

  it('no slot outside business hours, on an excluded date, or outside the advance window (rule links)', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const rules = withoutRange(input);
        for (const slot of input.pickedSlots ? [] : listSlots(input)) {
          expect(isInsideHoursOnGrid(rules, slot)).toBe(true);
          expect(input.rules.excludedDates).not.toContain(localDateOf(slot.start, input.rules.timeZone));
          expect(isInsideAdvanceWindow(rules, slot)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('no slot inside min notice, meeting busy time plus buffers, or on a capped day/week', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const rules = withoutRange(input);
        for (const slot of listSlots(input)) {
          expect(slot.start).toBeGreaterThanOrEqual(input.now + input.rules.minNoticeMinutes * MINUTE);
          expect(isClearOfBusy(rules, slot)).toBe(true);
          expect(isUnderCaps(rules, slot)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('picked-slot links offer only picked slots', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const picked = input.pickedSlots;
        if (!picked) return;
        for (const slot of listSlots(input)) {
          expect(
            picked.some((candidate) => candidate.start === slot.start && candidate.end === slot.end),
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('listSlots equals a naive enumeration of the rules', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        expect(listSlots(input).map((slot) => slot.start)).toEqual(listSlotsNaively(input));
      }),
      RUNS,
    );
  });

  it('every listed slot passes checkSlot, and every start checkSlot accepts in the range is listed', () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        fc.array(fc.integer({ min: -2 * DAY, max: 12 * DAY }), { maxLength: 20 }),
        (input, randomOffsets) => {
          const rules = withoutRange(input);
          const listed = listSlots(input);
          const listedStarts = new Set(listed.map((slot) => slot.start));
          for (const slot of listed) expect(checkSlot(rules, slot.start)).toEqual({ ok: true, slot });
          const probes = [
            ...enumerateCandidates(input),
            ...randomOffsets.map((offset) => input.now + offset),
          ];
          for (const start of probes) {
            const result = checkSlot(rules, start);
            expect(result.ok).toBe(isAvailable(rules, start));
            if (result.ok && start >= input.range.start && start < input.range.end) {
              expect(listedStarts.has(start)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("overriding a date with its weekday's own hours changes nothing; closing it removes exactly its slots", () => {
    fc.assert(
      fc.property(inputArbitrary, fc.integer({ min: -1, max: 12 }), (input, offset) => {
        if (input.pickedSlots) return;
        const { rules } = input;
        const date = addDays(localDateOf(input.now, rules.timeZone), offset);
        const others = rules.dateOverrides.filter((override) => override.date !== date);
        const withRules = (dateOverrides: typeof others) => ({
          ...input,
          rules: { ...rules, dateOverrides },
        });
        const baseline = listSlots(withRules(others));
        const sameHours = [...others, { date, ranges: rules.weeklyHours[weekdayOf(date)] }];
        expect(listSlots(withRules(sameHours))).toEqual(baseline);
        const closed = listSlots(withRules([...others, { date, ranges: [] }]));
        expect(closed).toEqual(baseline.filter((slot) => localDateOf(slot.start, rules.timeZone) !== date));
      }),
      RUNS,
    );
  });
});
