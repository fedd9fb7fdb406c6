import { useMemo, useRef, useState } from 'react';
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
} from '../../../lib/zoned-time';
import { type Booking, useWeekBookings } from '../api/get-bookings';

/**
 * Seven days of meetings in the owner's zone, starting today (a Sunday shows the coming week, not the one
 * that is ending); one column per day from tablet width up.
 */
export function WeekView({ timeZone, now }: { timeZone: string; now?: Date }) {
  const [clock] = useState(() => now ?? new Date());
  const today = useMemo(() => localDateOf(clock, timeZone), [clock, timeZone]);
  const [firstDate, setFirstDate] = useState<LocalDate>(today);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const days = Array.from({ length: 7 }, (_unused, index) => addDays(firstDate, index));
  const from = startOfLocalDate(firstDate, timeZone).toISOString();
  const to = startOfLocalDate(addDays(firstDate, 7), timeZone).toISOString();
  const week = useWeekBookings(from, to);
  const firstDay = formatLocalDate(firstDate);
  const lastDay = formatLocalDate(addDays(firstDate, 6));
  const todayKey = formatLocalDate(today);
  const showsToday = firstDay === todayKey;
  const backToToday = () => {
    setFirstDate(today);
    // The button turns disabled: focus goes to the days it brought back rather than to the page.
    headingRef.current?.focus();
  };

  const byDay = new Map<string, Booking[]>();
  for (const booking of week.data ?? []) {
    if (booking.status !== 'confirmed') continue;
    const key = formatLocalDate(localDateOf(new Date(booking.start), timeZone));
    byDay.set(key, [...(byDay.get(key) ?? []), booking]);
  }

  return (
    <section className="stack" aria-labelledby="week-title">
      <div className="section-head">
        <h2 id="week-title" ref={headingRef} tabIndex={-1}>
          {showsToday ? 'Today' : formatCalendarDate(firstDay)} – {formatCalendarDate(lastDay)}
        </h2>
        <div className="row">
          <Button variant="secondary" onClick={() => setFirstDate(addDays(firstDate, -7))}>
            Previous 7 days
          </Button>
          <Button variant="ghost" onClick={backToToday} disabled={showsToday}>
            Today
          </Button>
          <Button variant="secondary" onClick={() => setFirstDate(addDays(firstDate, 7))}>
            Next 7 days
          </Button>
        </div>
      </div>
      {week.isError ? <Alert tone="error">{describeError(week.error)}</Alert> : null}
      <ol className="week" aria-labelledby="week-title" aria-busy={week.isPending || undefined}>
        {days.map((day) => {
          const key = formatLocalDate(day);
          const meetings = byDay.get(key) ?? [];
          return (
            <li key={key} className="week__day" aria-current={key === todayKey ? 'date' : undefined}>
              <h3 className="week__day-name">
                {formatCalendarDate(key)}
                {key === todayKey ? <span className="week__today"> (today)</span> : null}
              </h3>
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
