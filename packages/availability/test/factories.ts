import type {
  AvailabilityInput,
  AvailabilityRules,
  BookedMeeting,
  Interval,
  TimeRange,
  Weekday,
} from '../src';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Exact instant from an ISO string with an explicit zone designator. */
export function at(iso: string): number {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant) || !/(Z|[+-]\d{2}:\d{2})$/.test(iso))
    throw new Error(`Not an absolute ISO instant: ${iso}`);
  return instant;
}

export function toIso(instant: number): string {
  return new Date(instant).toISOString();
}

export function startsOf(slots: Interval[]): string[] {
  return slots.map((slot) => toIso(slot.start));
}

const NINE_TO_FIVE: TimeRange[] = [{ start: '09:00', end: '17:00' }];

export function weekdaysOnly(ranges: TimeRange[] = NINE_TO_FIVE): Record<Weekday, TimeRange[]> {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: [], sun: [] };
}

export function everyDay(ranges: TimeRange[]): Record<Weekday, TimeRange[]> {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges };
}

export function makeRules(overrides: Partial<AvailabilityRules> = {}): AvailabilityRules {
  return {
    timeZone: 'UTC',
    weeklyHours: weekdaysOnly(),
    excludedDates: [],
    dateOverrides: [],
    durations: [15, 30, 60],
    slotStepMinutes: null,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    maxPerDay: null,
    maxPerWeek: null,
    minNoticeMinutes: 0,
    minAdvanceDays: 0,
    maxAdvanceDays: 365,
    ...overrides,
  };
}

export function emptyCounts(): AvailabilityInput['counts'] {
  return { perDay: new Map(), perWeek: new Map() };
}

export function booking(start: string, end: string, before = 0, after = 0): BookedMeeting {
  return { start: at(start), end: at(end), bufferBeforeMinutes: before, bufferAfterMinutes: after };
}

export function interval(start: string, end: string): Interval {
  return { start: at(start), end: at(end) };
}

/** Monday 2026-06-15 in UTC, seen from the start of the year unless `now` is given. */
export function makeInput(
  overrides: Partial<Omit<AvailabilityInput, 'rules'>> & { rules?: Partial<AvailabilityRules> } = {},
): AvailabilityInput {
  const { rules, ...rest } = overrides;
  return {
    rules: makeRules(rules),
    duration: 60,
    now: at('2026-01-01T00:00:00Z'),
    range: interval('2026-06-15T00:00:00Z', '2026-06-16T00:00:00Z'),
    busy: [],
    bookings: [],
    counts: emptyCounts(),
    ...rest,
  };
}
