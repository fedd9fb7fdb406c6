import { MS_PER_DAY, MS_PER_MINUTE } from './civil-date';
import type { Interval, TimeRange, Weekday } from './types';
import { instantOfWallTime, parseMinuteOfDay, type Zone } from './zone';

/** Index 0 = Monday, matching isoWeekdayIndex. */
const WEEKDAYS_FROM_MONDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface MinuteRange {
  startMinute: number;
  endMinute: number;
}

export type WeeklyMinuteRanges = readonly (readonly MinuteRange[])[];

export function parseWeeklyHours(weeklyHours: Record<Weekday, TimeRange[]>): WeeklyMinuteRanges {
  return WEEKDAYS_FROM_MONDAY.map((weekday) =>
    (weeklyHours[weekday] ?? [])
      .map((range) => ({
        startMinute: parseMinuteOfDay(range.start),
        endMinute: parseMinuteOfDay(range.end),
      }))
      .filter((range) => range.endMinute > range.startMinute),
  );
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
