import type { ApiClient, Schemas } from '@bookings/api-client';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { type BookingsFilters, type BookingsQuery, toBookingsQuery } from '../model/bookings-filters';

export type Booking = Schemas['Booking'];

const PAGE_SIZE = 20;
const WEEK_LIMIT = 100;

export const bookingsQueryKey = ['bookings'] as const;

export function getBookings(api: ApiClient, query: BookingsQuery) {
  return unwrap(api.GET('/bookings/bookings', { params: { query } }));
}

/** The list as the filters ask for it; the search runs on the service, a page at a time. */
export function getBookingsQueryOptions(api: ApiClient, filters: BookingsFilters, timeZone: string) {
  const query = toBookingsQuery(filters, timeZone);
  return infiniteQueryOptions({
    queryKey: [...bookingsQueryKey, 'list', query] as const,
    queryFn: ({ pageParam }) =>
      getBookings(api, { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useBookings(filters: BookingsFilters, timeZone: string) {
  return useInfiniteQuery(getBookingsQueryOptions(useApiClient(), filters, timeZone));
}

/** Meetings that overlap [from, to): the days of the calendar view. */
export function getWeekBookingsQueryOptions(api: ApiClient, from: string, to: string) {
  return queryOptions({
    queryKey: [...bookingsQueryKey, 'week', from, to] as const,
    queryFn: async () => (await getBookings(api, { from, to, when: 'all', limit: WEEK_LIMIT })).items,
  });
}

export function useWeekBookings(from: string, to: string) {
  return useQuery(getWeekBookingsQueryOptions(useApiClient(), from, to));
}
