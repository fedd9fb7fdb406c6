import { formatDayNumber, isoWeekKeyOfDayNumber } from './civil-date';
import type { AvailabilityRules, BookingCounts, SlotRejection } from './types';
import { localDayNumberOf, resolveZone } from './zone';

/** Counts bookings (by start instant) per local day and ISO week in `timeZone`. */
export function countBookings(starts: number[], timeZone: string): BookingCounts {
  const zone = resolveZone(timeZone);
  const perDay = new Map<string, number>();
  const perWeek = new Map<string, number>();
  for (const start of starts) {
    const dayNumber = localDayNumberOf(zone, start);
    const dayKey = formatDayNumber(dayNumber);
    const weekKey = isoWeekKeyOfDayNumber(dayNumber);
    perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + 1);
    perWeek.set(weekKey, (perWeek.get(weekKey) ?? 0) + 1);
  }
  return { perDay, perWeek };
}

/** Which cap, if any, a local day has reached. */
export function findReachedCap(
  rules: Pick<AvailabilityRules, 'maxPerDay' | 'maxPerWeek'>,
  counts: BookingCounts,
  dayNumber: number,
): Extract<SlotRejection, 'day_full' | 'week_full'> | null {
  if (rules.maxPerDay !== null && (counts.perDay.get(formatDayNumber(dayNumber)) ?? 0) >= rules.maxPerDay) {
    return 'day_full';
  }
  if (
    rules.maxPerWeek !== null &&
    (counts.perWeek.get(isoWeekKeyOfDayNumber(dayNumber)) ?? 0) >= rules.maxPerWeek
  ) {
    return 'week_full';
  }
  return null;
}
