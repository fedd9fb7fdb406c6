import { formatDayNumber, isoWeekdayIndex, MS_PER_DAY, MS_PER_MINUTE } from './civil-date';
import type { DateOverride, Interval, TimeRange, Weekday } from './types';
import { instantOfWallTime, parseMinuteOfDay, type Zone } from './zone';

/** Index 0 = Monday, matching isoWeekdayIndex. */
const WEEKDAYS_FROM_MONDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface MinuteRange {
  startMinute: number;
  endMinute: number;
}

export type WeeklyMinuteRanges = readonly (readonly MinuteRange[])[];

/** Keyed by local 'YYYY-MM-DD'; an empty list closes that date. */
export type DateOverrideMinuteRanges = ReadonlyMap<string, readonly MinuteRange[]>;

function parseRanges(ranges: readonly TimeRange[]): MinuteRange[] {
  return ranges
    .map((range) => ({
      startMinute: parseMinuteOfDay(range.start),
      endMinute: parseMinuteOfDay(range.end),
    }))
    .filter((range) => range.endMinute > range.startMinute);
}

export function parseWeeklyHours(weeklyHours: Record<Weekday, TimeRange[]>): WeeklyMinuteRanges {
  return WEEKDAYS_FROM_MONDAY.map((weekday) => parseRanges(weeklyHours[weekday] ?? []));
}

/** The first override of a date wins, should a caller pass the same date twice. */
export function parseDateOverrides(overrides: readonly DateOverride[]): DateOverrideMinuteRanges {
  const byDate = new Map<string, MinuteRange[]>();
  for (const override of overrides) {
    if (!byDate.has(override.date)) byDate.set(override.date, parseRanges(override.ranges));
  }
  return byDate;
}

/** The local ranges a date offers: its override's when it has one, otherwise its weekday's. */
export function rangesOfDay(
  weeklyRanges: WeeklyMinuteRanges,
  dateOverrides: DateOverrideMinuteRanges,
  dayNumber: number,
): readonly MinuteRange[] {
  if (dateOverrides.size > 0) {
    const override = dateOverrides.get(formatDayNumber(dayNumber));
    if (override) return override;
  }
  return weeklyRanges[isoWeekdayIndex(dayNumber)] ?? [];
}

/**
 * The real-time windows a local date offers, sorted by start. A range spanning a DST change is shorter
 * or longer in real time, exactly as it is on the wall clock.
 */
export function computeDayWindows(zone: Zone, dayNumber: number, ranges: readonly MinuteRange[]): Interval[] {
  const windows: Interval[] = [];
  const midnight = dayNumber * MS_PER_DAY;
  for (const range of ranges) {
    const start = instantOfWallTime(zone, midnight + range.startMinute * MS_PER_MINUTE);
    const end = instantOfWallTime(zone, midnight + range.endMinute * MS_PER_MINUTE);
    if (end > start) windows.push({ start, end });
  }
  if (windows.length > 1) windows.sort((left, right) => left.start - right.start);
  return windows;
}
