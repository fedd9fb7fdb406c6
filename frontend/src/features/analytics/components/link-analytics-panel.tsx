import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/api-error';
import { formatCalendarDate } from '../../../lib/format-time';
import { useLinkAnalytics } from '../api/get-link-analytics';
import { type AnalyticsRange, readAnalyticsRange } from '../model/analytics-range';
import { DailyChart } from './daily-chart';
import { DailyTable } from './daily-table';
import { formatConversion } from './format-conversion';
import { RangePicker } from './range-picker';

/**
 * Views, bookings and conversion of one link over a range of its local days (the URL's `from` and `to`, by
 * default the last 30), with a per-day chart and table.
 */
export function LinkAnalyticsPanel({ linkId }: { linkId: string }) {
  const [params, setParams] = useSearchParams();
  const range = readAnalyticsRange(params);
  const analytics = useLinkAnalytics(linkId, range);
  const showRange = (next: AnalyticsRange) => setParams({ from: next.from, to: next.to });

  if (analytics.isPending) {
    return (
      <div className="stack" aria-busy="true">
        <output className="visually-hidden">Loading analytics…</output>
        <div className="stat-grid">
          <Skeleton height="5.5rem" />
          <Skeleton height="5.5rem" />
          <Skeleton height="5.5rem" />
        </div>
        <Skeleton height="12rem" />
      </div>
    );
  }
  if (analytics.isError) {
    return (
      <div className="stack">
        {range ? <RangePicker range={range} onChange={showRange} /> : null}
        <Alert tone="error" title="Analytics could not be loaded">
          <p>{describeError(analytics.error)}</p>
          <Button variant="secondary" onClick={() => analytics.refetch()}>
            Try again
          </Button>
        </Alert>
      </div>
    );
  }
  const data = analytics.data;
  return (
    <div className="stack" aria-busy={analytics.isPlaceholderData || undefined}>
      <RangePicker range={{ from: data.from, to: data.to }} onChange={showRange} />
      <output className="muted">
        {data.series.length} {data.series.length === 1 ? 'day' : 'days'}, {formatCalendarDate(data.from)} to{' '}
        {formatCalendarDate(data.to)}, counted in {data.timeZone}.
      </output>
      <dl className="stat-grid">
        <div className="card stat">
          <dt>Views</dt>
          <dd>{data.views.toLocaleString()}</dd>
        </div>
        <div className="card stat">
          <dt>Bookings</dt>
          <dd>{data.bookings.toLocaleString()}</dd>
        </div>
        <div className="card stat">
          <dt>Conversion</dt>
          <dd>{formatConversion(data.conversionRate)}</dd>
        </div>
      </dl>
      <DailyChart analytics={data} />
      <DailyTable analytics={data} />
    </div>
  );
}
