import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/skeleton';
import { paths } from '../../../config/paths';
import { describeError } from '../../../lib/api-error';
import { formatCalendarDate, formatTime } from '../../../lib/format-time';
import {
  addDays,
  formatLocalDate,
  type LocalDate,
  localDateOf,
  startOfLocalDate,
  startOfWeek,
} from '../../../lib/zoned-time';
import { type Booking, useWeekBookings } from '../api/get-bookings';

/** Seven days of meetings in the owner's zone, Monday first; one column per day from tablet width up. */
export function WeekView({ timeZone, now }: { timeZone: string; now?: Date }) {
  const [today] = useState(() => now ?? new Date());
  const thisWeek = useMemo(() => startOfWeek(localDateOf(today, timeZone)), [today, timeZone]);
  const [weekStart, setWeekStart] = useState<LocalDate>(thisWeek);
  const days = Array.from({ length: 7 }, (_unused, index) => addDays(weekStart, index));
  const from = startOfLocalDate(weekStart, timeZone).toISOString();
  const to = startOfLocalDate(addDays(weekStart, 7), timeZone).toISOString();
  const week = useWeekBookings(from, to);
  const firstDay = formatLocalDate(weekStart);
  const lastDay = formatLocalDate(addDays(weekStart, 6));

  const byDay = new Map<string, Booking[]>();
  for (const booking of week.data ?? []) {
    if (booking.status !== 'confirmed') continue;
    const key = formatLocalDate(localDateOf(new Date(booking.start), timeZone));
    byDay.set(key, [...(byDay.get(key) ?? []), booking]);
  }

  return (
    <section className="stack" aria-labelledby="week-title">
      <div className="section-head">
        <h2 id="week-title">
          Week of {formatCalendarDate(firstDay, { weekday: undefined })} –{' '}
          {formatCalendarDate(lastDay, { weekday: undefined })}
        </h2>
        <div className="row">
          <Button variant="secondary" onClick={() => setWeekStart(addDays(weekStart, -7))}>
            Previous week
          </Button>
          <Button
            variant="ghost"
            onClick={() => setWeekStart(thisWeek)}
            disabled={formatLocalDate(thisWeek) === firstDay}
          >
            This week
          </Button>
          <Button variant="secondary" onClick={() => setWeekStart(addDays(weekStart, 7))}>
            Next week
          </Button>
        </div>
      </div>
      {week.isError ? <Alert tone="error">{describeError(week.error)}</Alert> : null}
      <ol className="week" aria-busy={week.isPending || undefined}>
        {days.map((day) => {
          const key = formatLocalDate(day);
          const meetings = byDay.get(key) ?? [];
          return (
            <li key={key} className="week__day">
              <h3 className="week__day-name">{formatCalendarDate(key)}</h3>
              {week.isPending ? (
                <Skeleton height="2.5rem" />
              ) : meetings.length === 0 ? (
                <p className="muted week__free">No meetings</p>
              ) : (
                <ul className="week__meetings">
                  {meetings.map((meeting) => (
                    <li key={meeting.id} className="week__meeting">
                      <span className="week__time">
                        {formatTime(meeting.start, timeZone)}–{formatTime(meeting.end, timeZone)}
                      </span>
                      <Link to={paths.meeting(meeting.id)}>{meeting.recipient.name}</Link>
                      <span className="muted">{meeting.linkTitle}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
