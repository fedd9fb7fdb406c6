import type { ApiClient } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { meQueryKey, type Owner } from '../../../lib/signed-in-owner';
import { unwrap } from '../../../lib/unwrap';

export { meQueryKey, type Owner };

export function getMe(api: ApiClient): Promise<Owner> {
  return unwrap(api.GET('/bookings/me'));
}

export function getMeQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: meQueryKey, queryFn: () => getMe(api), staleTime: 5 * 60_000 });
}

export function useMe() {
  return useQuery(getMeQueryOptions(useApiClient()));
}
