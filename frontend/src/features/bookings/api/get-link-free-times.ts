import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { bookingsQueryKey } from './get-bookings';

export type FreeDay = Schemas['Availability']['days'][number];

const DAYS_AHEAD = 14;

/**
 * The free times a booking's link offers over the next two weeks, grouped by day in the owner's zone: the
 * suggestions beside the reschedule form. A link's availability is read through its public page's token.
 */
export async function getLinkFreeTimes(
  api: ApiClient,
  linkId: string,
  duration: number,
  timeZone: string,
  now: Date,
): Promise<FreeDay[]> {
  const link = await unwrap(api.GET('/bookings/links/{id}', { params: { path: { id: linkId } } }));
  const path = new URL(link.url).pathname;
  const token = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  const from = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const to = new Date(from.getTime() + DAYS_AHEAD * 86_400_000);
  const availability = await unwrap(
    api.GET('/bookings/public/{token}/availability', {
      params: {
        path: { token },
        query: { from: from.toISOString(), to: to.toISOString(), duration, timezone: timeZone },
      },
    }),
  );
  return availability.days.filter((day) => day.slots.length > 0);
}

export function useLinkFreeTimes(linkId: string, duration: number, timeZone: string) {
  const api = useApiClient();
  return useQuery(
    queryOptions({
      queryKey: [...bookingsQueryKey, 'link-free-times', linkId, duration, timeZone] as const,
      queryFn: () => getLinkFreeTimes(api, linkId, duration, timeZone, new Date()),
      // Only a suggestion: a failure (say, the link is switched off) leaves the typed time to the owner.
      retry: false,
    }),
  );
}
