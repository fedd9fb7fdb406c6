import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

/** The signed-in owner with their profile (photo, language). */
export type Owner = Schemas['Profile'];

export function getMe(api: ApiClient): Promise<Owner> {
  return unwrap(api.GET('/bookings/me'));
}

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: meQueryKey, queryFn: () => getMe(api), staleTime: 5 * 60_000 });
}

export function useMe() {
  return useQuery(getMeQueryOptions(useApiClient()));
}
