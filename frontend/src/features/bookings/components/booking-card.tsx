import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge';
import { paths } from '../../../config/paths';
import { formatDateTime, formatTime } from '../../../lib/format-time';
import type { Booking } from '../api/get-bookings';
import { BookingFollowUps } from './booking-follow-ups';

/** Answers are stored by question id; values are strings, string lists or booleans. */
export function formatAnswer(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

export function BookingCard({ booking, timeZone }: { booking: Booking; timeZone: string }) {
  const answers = Object.entries(booking.answers);
  const titleId = `booking-${booking.id}-title`;
  return (
    <article className="card meeting-card" aria-labelledby={titleId}>
      <div className="link-card__head">
        <h3 id={titleId} className="link-card__title">
          <Link to={paths.meeting(booking.id)}>{booking.recipient.name}</Link>
        </h3>
        <StatusBadge tone={booking.status === 'confirmed' ? 'success' : 'neutral'}>
          {booking.status === 'confirmed' ? 'Confirmed' : 'Cancelled'}
        </StatusBadge>
      </div>
      <p className={booking.status === 'cancelled' ? 'booking-card__time--cancelled' : undefined}>
        <time dateTime={booking.start}>{formatDateTime(booking.start, timeZone)}</time>
        {' – '}
        <time dateTime={booking.end}>{formatTime(booking.end, timeZone)}</time>
      </p>
      <dl className="booking-card__facts">
        <div>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${booking.recipient.email}`}>{booking.recipient.email}</a>
          </dd>
        </div>
        <div>
          <dt>Link</dt>
          <dd>{booking.linkTitle}</dd>
        </div>
        <div>
          <dt>Their time zone</dt>
          <dd>{booking.recipient.timeZone}</dd>
        </div>
        {booking.calendarEventId ? (
          <div>
            <dt>Calendar event</dt>
            <dd className="booking-card__event">{booking.calendarEventId}</dd>
          </div>
        ) : null}
        <BookingFollowUps bookingId={booking.id} />
        {answers.map(([question, value]) => (
          <div key={question}>
            <dt>{question}</dt>
            <dd>{formatAnswer(value)}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
