import { useEffect, useMemo, useRef } from 'react';
import { formatDateTime, formatTime } from '../../../lib/format-time';
import type { BookingConfirmation as Confirmation } from '../api/public-booking';

export function BookingConfirmation({
  confirmation,
  timeZone,
}: {
  confirmation: Confirmation;
  timeZone: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { booking } = confirmation;
  const calendarHref = useMemo(
    () => `data:text/calendar;charset=utf-8,${encodeURIComponent(confirmation.calendarFile)}`,
    [confirmation.calendarFile],
  );
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="card stack confirmation" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" ref={headingRef} tabIndex={-1}>
        You are booked
      </h2>
      <p>
        <strong>{confirmation.title}</strong> with {confirmation.ownerName}
      </p>
      <p className="confirmation__time">
        <time dateTime={booking.start}>{formatDateTime(booking.start, timeZone)}</time> –{' '}
        <time dateTime={booking.end}>{formatTime(booking.end, timeZone)}</time>
        <span className="muted"> ({timeZone})</span>
      </p>
      <p>A confirmation is on its way to {booking.recipient.email}.</p>
      <p>
        <a className="button button--secondary" href={calendarHref} download="booking.ics">
          Add to calendar (.ics)
        </a>
      </p>
    </section>
  );
}
