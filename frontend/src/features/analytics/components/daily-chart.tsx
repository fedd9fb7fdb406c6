import { useId } from 'react';
import { formatCalendarDate } from '../../../lib/format-time';
import type { LinkAnalytics } from '../api/get-link-analytics';

const WIDTH = 600;
const HEIGHT = 160;

type Day = LinkAnalytics['series'][number];

/** The day with the most of `count`, or null when every day has none. */
export function busiestDay(series: Day[], count: (day: Day) => number): Day | null {
  return series.reduce<Day | null>((best, day) => (count(day) > (best ? count(best) : 0) ? day : best), null);
}

function describePeak(day: Day | null, count: (day: Day) => number): string {
  return day ? `most on ${formatCalendarDate(day.date)}: ${count(day)}` : 'none';
}

/**
 * Views (light) and bookings (dark) per day as bars on one scale. The bars stretch to the width they get;
 * the labels are HTML beside them, so text never stretches with the drawing.
 */
export function DailyChart({ analytics }: { analytics: LinkAnalytics }) {
  const titleId = useId();
  const descId = useId();
  const { series } = analytics;
  const views = (day: Day) => day.views;
  const bookings = (day: Day) => day.bookings;
  const mostViewed = busiestDay(series, views);
  const mostBooked = busiestDay(series, bookings);
  const scaleTop = Math.max(1, mostViewed?.views ?? 0, mostBooked?.bookings ?? 0);
  const slot = WIDTH / Math.max(1, series.length);
  const barWidth = slot * 0.7;
  const height = (value: number) => (value / scaleTop) * (HEIGHT - 4);
  const period = `from ${formatCalendarDate(analytics.from)} to ${formatCalendarDate(analytics.to)}`;
  const summary = mostViewed
    ? `${analytics.views} views and ${analytics.bookings} bookings ${period}; the busiest day was ${formatCalendarDate(mostViewed.date)} with ${mostViewed.views} views.`
    : `No views ${period}.`;

  return (
    <figure className="chart">
      <figcaption className="chart__legend">
        <span className="chart__legend-item">
          <span className="chart__key chart__key--views" aria-hidden="true" /> Views (
          {describePeak(mostViewed, views)})
        </span>
        <span className="chart__legend-item">
          <span className="chart__key chart__key--bookings" aria-hidden="true" /> Bookings (
          {describePeak(mostBooked, bookings)})
        </span>
      </figcaption>
      <div className="chart__plot">
        <div className="chart__y-axis" aria-hidden="true">
          <span>{scaleTop}</span>
          <span>0</span>
        </div>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="chart__svg"
          preserveAspectRatio="none"
        >
          <title id={titleId}>Views and bookings per day</title>
          <desc id={descId}>{summary}</desc>
          {series.map((day, index) => {
            const x = index * slot + (slot - barWidth) / 2;
            return (
              <g key={day.date}>
                <rect
                  x={x}
                  y={HEIGHT - height(day.views)}
                  width={barWidth}
                  height={height(day.views)}
                  className="chart__bar chart__bar--views"
                />
                <rect
                  x={x + barWidth * 0.2}
                  y={HEIGHT - height(day.bookings)}
                  width={barWidth * 0.6}
                  height={height(day.bookings)}
                  className="chart__bar chart__bar--bookings"
                />
              </g>
            );
          })}
        </svg>
        <div className="chart__x-axis" aria-hidden="true">
          <span>{formatCalendarDate(analytics.from, { weekday: undefined })}</span>
          <span>{formatCalendarDate(analytics.to, { weekday: undefined })}</span>
        </div>
      </div>
    </figure>
  );
}
