import type { BookingDetails } from '../booking-details';
import { displayName } from '../sanitize';
import { escapeText, formatUtcDateTime, quoteParameter, serializeLines } from './ics-format';

export type InviteMethod = 'REQUEST' | 'CANCEL';

const PRODUCT_ID = '-//Bookings//Bookings//EN';

export function inviteUid(bookingId: string): string {
  return `${bookingId}@bookings`;
}

function describeBooking(details: BookingDetails): string {
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
  if (details.manageUrl !== undefined) {
    paragraphs.push(`Reschedule or cancel: ${details.manageUrl}`);
  }
  return paragraphs.join('\n\n');
}

function mailto(email: string): string {
  return `mailto:${email.replace(/[\s\p{Cc}"]/gu, '')}`;
}

/** Builds an iCalendar object (RFC 5545) carrying an iTIP (RFC 5546) REQUEST or CANCEL for a booking. */
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
    `DESCRIPTION:${escapeText(describeBooking(details))}`,
    ...(location === undefined ? [] : [`LOCATION:${escapeText(location)}`]),
    ...(details.conferenceUrl === undefined ? [] : [`URL:${details.conferenceUrl.replace(/\s/g, '')}`]),
    `ORGANIZER;CN=${quoteParameter(displayName(details.owner))}:${mailto(details.owner.email)}`,
    `ATTENDEE;CN=${quoteParameter(displayName(details.recipient))};RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:${mailto(details.recipient.email)}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return serializeLines(lines);
}
