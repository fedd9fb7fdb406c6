import type { Interval } from '@bookings/availability';
import { DomainError } from '../shared/domain-error';

const MS_PER_MINUTE = 60_000;

/** The last instant the attendee may still cancel or move a meeting starting at `start`. */
export function changeDeadline(start: Date, minChangeNoticeMinutes: number): Date {
  return new Date(start.getTime() - minChangeNoticeMinutes * MS_PER_MINUTE);
}

export function canAttendeeChange(start: Date, minChangeNoticeMinutes: number, now: Date): boolean {
  return now.getTime() <= changeDeadline(start, minChangeNoticeMinutes).getTime();
}

/** The attendee's change window; the owner has none (they can always change their own meetings). */
export function assertAttendeeMayChange(start: Date, minChangeNoticeMinutes: number, now: Date): void {
  if (canAttendeeChange(start, minChangeNoticeMinutes, now)) return;
  throw new DomainError(
    'too_late_to_change',
    'This meeting is too close to change online. Please contact the person you booked with.',
  );
}

/**
 * The owner moves a meeting where they like, outside the link's hours and notice, but never onto busy time or
 * another meeting (the other meetings' own times; the database's exclusion constraint says the same).
 */
export function assertFreeForOwner(meeting: Interval, busy: Interval[], otherMeetings: Interval[]): void {
  const overlaps = (other: Interval) => other.start < meeting.end && other.end > meeting.start;
  if (busy.some(overlaps) || otherMeetings.some(overlaps)) {
    throw new DomainError('slot_unavailable', 'This time is busy or taken by another meeting.');
  }
}
