import type { ApiClient, operations, Schemas } from '@bookings/api-client';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type Booking = Schemas['Booking'];
export type BookingsWhen = 'upcoming' | 'past';
export type BookingsStatus = 'all' | Booking['status'];
type BookingsQuery = NonNullable<operations['listBookings']['parameters']['query']>;

const PAGE_SIZE = 20;
const WEEK_LIMIT = 100;

export const bookingsQueryKey = ['bookings'] as const;

export function getBookings(api: ApiClient, query: BookingsQuery) {
  return unwrap(api.GET('/bookings/bookings', { params: { query } }));
}

export function getBookingsQueryOptions(api: ApiClient, when: BookingsWhen, status: BookingsStatus = 'all') {
  return infiniteQueryOptions({
    queryKey: [...bookingsQueryKey, 'list', when, status] as const,
    queryFn: ({ pageParam }) =>
      getBookings(api, {
        when,
        limit: PAGE_SIZE,
        ...(status === 'all' ? {} : { status }),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useBookings(when: BookingsWhen, status: BookingsStatus) {
  return useInfiniteQuery(getBookingsQueryOptions(useApiClient(), when, status));
}

/** Meetings that overlap [from, to): one week of the calendar view. */
export function getWeekBookingsQueryOptions(api: ApiClient, from: string, to: string) {
  return queryOptions({
    queryKey: [...bookingsQueryKey, 'week', from, to] as const,
    queryFn: async () => (await getBookings(api, { from, to, when: 'all', limit: WEEK_LIMIT })).items,
  });
}

export function useWeekBookings(from: string, to: string) {
  return useQuery(getWeekBookingsQueryOptions(useApiClient(), from, to));
}
