import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { bookingsQueryKey } from './get-bookings';

export type BookingDetail = Schemas['BookingDetail'];

export const bookingQueryKey = (id: string) => [...bookingsQueryKey, 'detail', id] as const;

export function getBooking(api: ApiClient, id: string): Promise<BookingDetail> {
  return unwrap(api.GET('/bookings/bookings/{id}', { params: { path: { id } } }));
}

/** While a follow-up is on its way, the page asks again now and then, so "on its way" turns into done or failed. */
const PENDING_REFRESH_MS = 3000;

export function getBookingQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: bookingQueryKey(id),
    queryFn: () => getBooking(api, id),
    refetchInterval: (query) =>
      query.state.data?.sideEffects.some((effect) => effect.status === 'pending')
        ? PENDING_REFRESH_MS
        : false,
  });
}

export function useBooking(id: string) {
  return useQuery(getBookingQueryOptions(useApiClient(), id));
}
