import { type LocalDate, offsetAt, partsOf } from '../../../lib/zoned-time';

/**
 * The instant a wall clock in `timeZone` shows `time` ("HH:MM") on `date`. A time skipped by a spring-forward
 * gap lands after the gap; an ambiguous fall-back time takes the earlier offset (as the service reads rules).
 */
export function instantOfLocalTime(date: LocalDate, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wallClock = Date.UTC(date.year, date.month - 1, date.day, hours, minutes);
  const candidates = [
    offsetAt(new Date(wallClock - 36 * 3_600_000), timeZone),
    offsetAt(new Date(wallClock + 36 * 3_600_000), timeZone),
  ]
    .map((offset) => wallClock - offset)
    .filter((instant) => wallClockOf(new Date(instant), timeZone) === wallClock)
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return new Date(candidates[0]);
  // In a gap: the offset before the gap, applied to the wall time, lands just after it.
  return new Date(wallClock - offsetAt(new Date(wallClock - 36 * 3_600_000), timeZone));
}

/** The local wall-clock time ("HH:MM") of an instant in `timeZone`. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const parts = partsOf(instant, timeZone);
  return `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
}

function wallClockOf(instant: Date, timeZone: string): number {
  const parts = partsOf(instant, timeZone);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
}
