import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/api-error';
import { useLinkAnalytics } from '../api/get-link-analytics';
import { DailyChart } from './daily-chart';

export function formatConversion(rate: number): string {
  return `${(rate * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;
}

/** Views, bookings and conversion of one link over the last 30 days, with a per-day chart. */
export function LinkAnalyticsPanel({ linkId }: { linkId: string }) {
  const analytics = useLinkAnalytics(linkId);
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
      <Alert tone="error" title="Analytics could not be loaded">
        <p>{describeError(analytics.error)}</p>
        <Button variant="secondary" onClick={() => analytics.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  const data = analytics.data;
  return (
    <div className="stack">
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
      <p className="muted">
        Last {data.series.length} days, counted in {data.timeZone}.
      </p>
      <DailyChart analytics={data} />
    </div>
  );
}
