import type { ApiClient } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { type Link, linksQueryKey } from './get-links';

export function getLink(api: ApiClient, id: string): Promise<Link> {
  return unwrap(api.GET('/bookings/links/{id}', { params: { path: { id } } }));
}

export function getLinkQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: [...linksQueryKey, 'one', id] as const, queryFn: () => getLink(api, id) });
}

export function useLink(id: string) {
  return useQuery(getLinkQueryOptions(useApiClient(), id));
}
