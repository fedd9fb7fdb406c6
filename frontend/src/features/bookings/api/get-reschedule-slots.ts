import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { bookingQueryKey } from './get-booking';

export type FreeDay = Schemas['Availability']['days'][number];

const DAYS_AHEAD = 14;

/**
 * The free times the booking's page offers to move it to over the next two weeks (its own time counts as free),
 * grouped by day in the owner's zone: the suggestions beside the reschedule form.
 */
export async function getRescheduleSlots(
  api: ApiClient,
  bookingId: string,
  duration: number,
  timeZone: string,
  now: Date,
): Promise<FreeDay[]> {
  const from = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const to = new Date(from.getTime() + DAYS_AHEAD * 86_400_000);
  const availability = await unwrap(
    api.GET('/bookings/bookings/{id}/availability', {
      params: {
        path: { id: bookingId },
        query: { from: from.toISOString(), to: to.toISOString(), duration, timezone: timeZone },
      },
    }),
  );
  return availability.days.filter((day) => day.slots.length > 0);
}

export function useRescheduleSlots(
  bookingId: string,
  duration: number,
  timeZone: string,
  isEnabled: boolean,
) {
  const api = useApiClient();
  return useQuery({
    ...queryOptions({
      queryKey: [...bookingQueryKey(bookingId), 'reschedule-slots', duration, timeZone] as const,
      queryFn: () => getRescheduleSlots(api, bookingId, duration, timeZone, new Date()),
      // Only a suggestion: a failure (say, the link is switched off) leaves the typed time to the owner.
      retry: false,
    }),
    enabled: isEnabled,
  });
}
