import type { BookingDetails } from '../booking-details';
import type { CalendarInvite } from '../email-port';
import { buildInvite } from '../ics/build-invite';

const FILE_NAMES: Record<CalendarInvite['method'], string> = {
  REQUEST: 'invite.ics',
  CANCEL: 'cancel.ics',
  PUBLISH: 'meeting.ics',
};

export function inviteAttachment(content: string, method: CalendarInvite['method']): CalendarInvite {
  return { method, content, filename: FILE_NAMES[method] };
}

/** The booking as the owner reads it: the attendee's manage link is theirs alone. */
export function ownerView(details: BookingDetails): BookingDetails {
  const { manageUrl: _attendeeOnly, ...rest } = details;
  return rest;
}

/**
 * The owner organises the meeting, so they are never sent a REQUEST as if invited. When no connected calendar
 * holds the event, their notice carries a PUBLISH copy (same UID and SEQUENCE) to keep in their own calendar.
 */
export function ownerCalendarCopy(
  details: BookingDetails,
  calendarCopy: boolean,
): CalendarInvite | undefined {
  return calendarCopy ? inviteAttachment(buildInvite(ownerView(details), 'PUBLISH'), 'PUBLISH') : undefined;
}
