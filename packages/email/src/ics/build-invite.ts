import type { BookingDetails } from '../booking-details';
import { displayName } from '../sanitize';
import { escapeText, formatUtcDateTime, quoteParameter, serializeLines } from './ics-format';

/**
 * REQUEST invites the attendee (or tells them of a change), CANCEL takes the meeting out of their calendar, and
 * PUBLISH is a copy to keep (the downloadable file, the owner's own copy): it invites nobody, so it names no
 * ATTENDEE (RFC 5546 §3.2.1) and no client offers to accept it.
 */
export type InviteMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

const PRODUCT_ID = '-//Bookings//Bookings//EN';

export function inviteUid(bookingId: string): string {
  return `${bookingId}@bookings`;
}

function describeBooking(details: BookingDetails, method: InviteMethod): string {
  const paragraphs: string[] = [];
  if (details.description !== undefined && details.description.trim() !== '') {
    paragraphs.push(details.description.trim());
  }
  if (details.answers.length > 0) {
    paragraphs.push(details.answers.map((answer) => `${answer.label}: ${answer.value}`).join('\n'));
  }
  if (details.conferenceUrl !== undefined) {
    paragraphs.push(`Join: ${details.conferenceUrl}`);
  }
  if (details.manageUrl !== undefined && !isCancelled(details, method)) {
    paragraphs.push(`Reschedule or cancel: ${details.manageUrl}`);
  }
  // Some calendar clients drop or mangle an event whose DESCRIPTION is empty: there is always a line.
  if (paragraphs.length === 0) {
    paragraphs.push(`${details.title}: ${displayName(details.owner)} and ${displayName(details.recipient)}`);
  }
  return paragraphs.join('\n\n');
}

function isCancelled(details: BookingDetails, method: InviteMethod): boolean {
  return method === 'CANCEL' || details.status === 'cancelled';
}

function mailto(email: string): string {
  return `mailto:${email.replace(/[\s\p{Cc}"]/gu, '')}`;
}

/** Builds an iCalendar object (RFC 5545) carrying an iTIP (RFC 5546) REQUEST, CANCEL or PUBLISH for a booking. */
export function buildInvite(details: BookingDetails, method: InviteMethod): string {
  if (!Number.isInteger(details.sequence) || details.sequence < 0) {
    throw new RangeError(`Invite sequence must be a non-negative integer, got ${details.sequence}`);
  }
  if (!(details.end.getTime() > details.start.getTime())) {
    throw new RangeError('A booking must end after it starts');
  }
  const location = details.location ?? details.conferenceUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${inviteUid(details.bookingId)}`,
    `SEQUENCE:${details.sequence}`,
    `DTSTAMP:${formatUtcDateTime(details.issuedAt ?? new Date())}`,
    `DTSTART:${formatUtcDateTime(details.start)}`,
    `DTEND:${formatUtcDateTime(details.end)}`,
    `SUMMARY:${escapeText(details.title)}`,
    `DESCRIPTION:${escapeText(describeBooking(details, method))}`,
    ...(location === undefined ? [] : [`LOCATION:${escapeText(location)}`]),
    ...(details.conferenceUrl === undefined ? [] : [`URL:${details.conferenceUrl.replace(/\s/g, '')}`]),
    `ORGANIZER;CN=${quoteParameter(displayName(details.owner))}:${mailto(details.owner.email)}`,
    ...(method === 'PUBLISH'
      ? []
      : [
          `ATTENDEE;CN=${quoteParameter(displayName(details.recipient))};RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:${mailto(details.recipient.email)}`,
        ]),
    `STATUS:${isCancelled(details, method) ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return serializeLines(lines);
}
