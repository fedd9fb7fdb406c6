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

export function getBookingQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: bookingQueryKey(id), queryFn: () => getBooking(api, id) });
}

export function useBooking(id: string) {
  return useQuery(getBookingQueryOptions(useApiClient(), id));
}
