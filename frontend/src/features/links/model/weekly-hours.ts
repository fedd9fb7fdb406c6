import type { TimeRange, Weekday } from './link-draft';

export const WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const ALL_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const QUARTER_HOURS = Array.from({ length: 97 }, (_unused, index) => clock(index * 15));

/**
 * The choices of a start or end time: every quarter hour (a start stops at 23:45, an end runs to 24:00), plus the
 * current value when it is off the grid (a link saved through the API at 09:10 keeps its 09:10).
 */
export function timeChoices(kind: 'start' | 'end', current: string): string[] {
  const grid = kind === 'start' ? QUARTER_HOURS.slice(0, -1) : QUARTER_HOURS.slice(1);
  if (current === '' || grid.includes(current)) return grid;
  return [...grid, current].sort();
}

/** The source day's ranges on each target day (copies, so editing one day never edits another). */
export function copyHours(
  weeklyHours: Record<Weekday, TimeRange[]>,
  from: Weekday,
  to: readonly Weekday[],
): Record<Weekday, TimeRange[]> {
  const copied = { ...weeklyHours };
  for (const day of to) copied[day] = weeklyHours[from].map((range) => ({ ...range }));
  return copied;
}

/** A new range starts where the last one ended (an hour long), or at 09:00–17:00 on an empty day. */
export function nextRange(ranges: TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  if (!last) return { start: '09:00', end: '17:00' };
  const [hours = 0, minutes = 0] = last.end.split(':').map(Number);
  const startMinutes = Math.min(hours * 60 + minutes, 23 * 60);
  const endMinutes = Math.min(startMinutes + 60, 24 * 60);
  return { start: clock(startMinutes), end: clock(endMinutes) };
}

function clock(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
