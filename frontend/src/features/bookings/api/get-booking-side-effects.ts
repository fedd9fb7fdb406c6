import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { bookingsQueryKey } from './get-bookings';

export type BookingSideEffect = Schemas['BookingSideEffect'];

export function getBookingSideEffects(api: ApiClient, bookingId: string) {
  return unwrap(api.GET('/bookings/bookings/{id}/side-effects', { params: { path: { id: bookingId } } }));
}

export function getBookingSideEffectsQueryOptions(api: ApiClient, bookingId: string) {
  return queryOptions({
    queryKey: [...bookingsQueryKey, bookingId, 'side-effects'] as const,
    queryFn: async () => (await getBookingSideEffects(api, bookingId)).items,
  });
}

export function useBookingSideEffects(bookingId: string) {
  return useQuery(getBookingSideEffectsQueryOptions(useApiClient(), bookingId));
}
