import { useId } from 'react';
import { formatCalendarDate } from '../../../lib/format-time';
import type { LinkAnalytics } from '../api/get-link-analytics';
import { formatConversion } from './format-conversion';

/** Every day of the range with its exact numbers; scrolls inside itself (and takes focus to be scrolled). */
export function DailyTable({ analytics }: { analytics: LinkAnalytics }) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll
    <section className="daily-table" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          Per day, {formatCalendarDate(analytics.from)} – {formatCalendarDate(analytics.to)} (
          {analytics.timeZone})
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Views</th>
            <th scope="col">Bookings</th>
            <th scope="col">Conversion</th>
            <th scope="col">Cancelled</th>
            <th scope="col">Moved</th>
          </tr>
        </thead>
        <tbody>
          {analytics.series.map((day) => (
            <tr key={day.date}>
              <th scope="row">
                <time dateTime={day.date}>{formatCalendarDate(day.date, { year: 'numeric' })}</time>
              </th>
              <td>{day.views.toLocaleString()}</td>
              <td>{day.bookings.toLocaleString()}</td>
              <td>{day.views > 0 ? formatConversion(day.bookings / day.views) : '—'}</td>
              <td>{day.cancellations.toLocaleString()}</td>
              <td>{day.reschedules.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
