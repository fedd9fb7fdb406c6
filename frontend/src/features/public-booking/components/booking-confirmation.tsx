import { useEffect, useMemo, useRef } from 'react';
import { formatDateTime, formatTime } from '../../../lib/format-time';
import type { BookingConfirmation as Confirmation } from '../api/public-booking';
import { useJoinUrl } from '../api/use-join-url';

/** `20261130T090000Z`: the instant format both calendars' "add event" templates take. */
const compactUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Google Calendar's documented event template (calendar/render?action=TEMPLATE). */
export function googleCalendarUrl(title: string, start: string, end: string, details: string): string {
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: title,
    dates: `${compactUtc(start)}/${compactUtc(end)}`,
    details,
  });
  return `https://calendar.google.com/calendar/render?${query}`;
}

/** Outlook on the web's compose deeplink (work and personal accounts both sign in through outlook.office.com). */
export function outlookCalendarUrl(title: string, start: string, end: string, details: string): string {
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: title,
    startdt: new Date(start).toISOString(),
    enddt: new Date(end).toISOString(),
    body: details,
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${query}`;
}

export function BookingConfirmation({
  confirmation,
  timeZone,
}: {
  confirmation: Confirmation;
  timeZone: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { booking } = confirmation;
  const joinUrl = useJoinUrl(confirmation);
  const eventTitle = `${confirmation.title} with ${confirmation.ownerName}`;
  const details = `Booked with ${confirmation.ownerName} for ${booking.recipient.name}.`;
  const calendarHref = useMemo(
    () => `data:text/calendar;charset=utf-8,${encodeURIComponent(confirmation.calendarFile)}`,
    [confirmation.calendarFile],
  );
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="booking-card__done confirmation stack" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" ref={headingRef} tabIndex={-1}>
        You are booked
      </h2>
      <p>
        <strong>{confirmation.title}</strong> with {confirmation.ownerName}
      </p>
      <p className="confirmation__time">
        <time dateTime={booking.start}>{formatDateTime(booking.start, timeZone)}</time> –{' '}
        <time dateTime={booking.end}>{formatTime(booking.end, timeZone)}</time>
      </p>
      <p className="muted">{timeZone.replace(/_/g, ' ')}</p>
      {joinUrl ? (
        <p>
          <a href={joinUrl} target="_blank" rel="noopener noreferrer">
            Join the video call
          </a>
        </p>
      ) : null}
      <p>
        A confirmation with a calendar invitation is on its way to <strong>{booking.recipient.email}</strong>.
        When the meeting has a video call, its link is in that invitation.
      </p>
      <p>
        Plans change? <a href={confirmation.manageUrl}>Reschedule or cancel</a> (the link is in your email
        too).
      </p>
      <ul className="confirmation__actions" aria-label="Add to your calendar">
        <li>
          <a
            className="button button--secondary"
            href={googleCalendarUrl(eventTitle, booking.start, booking.end, details)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Add to Google Calendar
          </a>
        </li>
        <li>
          <a
            className="button button--secondary"
            href={outlookCalendarUrl(eventTitle, booking.start, booking.end, details)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Add to Outlook
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={calendarHref} download="booking.ics">
            Download .ics
          </a>
        </li>
      </ul>
    </section>
  );
}
