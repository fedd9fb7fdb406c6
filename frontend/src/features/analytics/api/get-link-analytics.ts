import type { ApiClient, Schemas } from '@bookings/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import type { AnalyticsRange } from '../model/analytics-range';

export type LinkAnalytics = Schemas['LinkAnalytics'];

/** Local days of the link's zone, both included; without a range, the service's last 30 days. */
export function getLinkAnalytics(
  api: ApiClient,
  linkId: string,
  range: AnalyticsRange | null,
): Promise<LinkAnalytics> {
  return unwrap(
    api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: linkId }, query: range ? { from: range.from, to: range.to } : {} },
    }),
  );
}

export function getLinkAnalyticsQueryOptions(
  api: ApiClient,
  linkId: string,
  range: AnalyticsRange | null = null,
) {
  return queryOptions({
    queryKey: ['analytics', linkId, range?.from ?? null, range?.to ?? null] as const,
    queryFn: () => getLinkAnalytics(api, linkId, range),
  });
}

/** The previous range stays on screen while another loads, so the page does not jump. */
export function useLinkAnalytics(linkId: string, range: AnalyticsRange | null) {
  return useQuery({
    ...getLinkAnalyticsQueryOptions(useApiClient(), linkId, range),
    placeholderData: keepPreviousData,
  });
}
