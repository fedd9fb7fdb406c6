import { useId } from 'react';
import { formatCalendarDate } from '../../../lib/format-time';
import type { LinkAnalytics } from '../api/get-link-analytics';

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 20;

/**
 * Views (light) and bookings (dark) per day as bars. Screen readers get a summary as the image's
 * description, and everyone can open the exact numbers as a table.
 */
export function DailyChart({ analytics }: { analytics: LinkAnalytics }) {
  const titleId = useId();
  const descId = useId();
  const { series } = analytics;
  const peak = Math.max(1, ...series.map((day) => Math.max(day.views, day.bookings)));
  const slot = WIDTH / Math.max(1, series.length);
  const barWidth = Math.max(2, slot * 0.7);
  const plotHeight = HEIGHT - AXIS;
  const busiest = series.reduce<(typeof series)[number] | null>(
    (best, day) => (best === null || day.views > best.views ? day : best),
    null,
  );
  const summary =
    busiest && busiest.views > 0
      ? `${analytics.views} views and ${analytics.bookings} bookings from ${formatCalendarDate(analytics.from)} to ${formatCalendarDate(analytics.to)}; the busiest day was ${formatCalendarDate(busiest.date)} with ${busiest.views} views.`
      : `No views from ${formatCalendarDate(analytics.from)} to ${formatCalendarDate(analytics.to)}.`;
  const height = (value: number) => (value / peak) * (plotHeight - 4);

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="chart__svg"
        preserveAspectRatio="none"
      >
        <title id={titleId}>Views and bookings per day</title>
        <desc id={descId}>{summary}</desc>
        <line x1={0} x2={WIDTH} y1={plotHeight} y2={plotHeight} className="chart__axis" />
        {series.map((day, index) => {
          const x = index * slot + (slot - barWidth) / 2;
          return (
            <g key={day.date}>
              <rect
                x={x}
                y={plotHeight - height(day.views)}
                width={barWidth}
                height={height(day.views)}
                className="chart__bar chart__bar--views"
              />
              <rect
                x={x + barWidth * 0.2}
                y={plotHeight - height(day.bookings)}
                width={barWidth * 0.6}
                height={height(day.bookings)}
                className="chart__bar chart__bar--bookings"
              />
            </g>
          );
        })}
        <text x={0} y={HEIGHT - 4} className="chart__label">
          {formatCalendarDate(analytics.from, { weekday: undefined })}
        </text>
        <text x={WIDTH} y={HEIGHT - 4} textAnchor="end" className="chart__label">
          {formatCalendarDate(analytics.to, { weekday: undefined })}
        </text>
      </svg>
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--views" aria-hidden="true" /> Views{' '}
        <span className="chart__key chart__key--bookings" aria-hidden="true" /> Bookings · peak {peak} a day
      </figcaption>
      <details className="chart__table">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption className="visually-hidden">Views and bookings per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Views</th>
              <th scope="col">Bookings</th>
            </tr>
          </thead>
          <tbody>
            {series.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatCalendarDate(day.date)}</th>
                <td>{day.views}</td>
                <td>{day.bookings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
