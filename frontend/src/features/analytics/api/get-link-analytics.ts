import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type LinkAnalytics = Schemas['LinkAnalytics'];

/** The last 30 local days of the link (the service's default window). */
export function getLinkAnalytics(api: ApiClient, linkId: string): Promise<LinkAnalytics> {
  return unwrap(api.GET('/bookings/links/{id}/analytics', { params: { path: { id: linkId } } }));
}

export function getLinkAnalyticsQueryOptions(api: ApiClient, linkId: string) {
  return queryOptions({
    queryKey: ['analytics', linkId] as const,
    queryFn: () => getLinkAnalytics(api, linkId),
  });
}

export function useLinkAnalytics(linkId: string) {
  return useQuery(getLinkAnalyticsQueryOptions(useApiClient(), linkId));
}
