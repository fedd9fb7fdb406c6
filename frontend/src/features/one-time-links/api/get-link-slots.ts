import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type Slot = Schemas['Slot'];
export type LinkSlots = Schemas['Availability'];

const DAYS_AHEAD = 14;

/** The token at the end of a link's public URL: the availability of a link is read through its public page. */
export function tokenOfUrl(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** The link's free slots for the next two weeks, grouped by day in `timeZone`. */
export function getLinkSlots(
  api: ApiClient,
  linkUrl: string,
  timeZone: string,
  now: Date,
): Promise<LinkSlots> {
  const from = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const to = new Date(from.getTime() + DAYS_AHEAD * 86_400_000);
  return unwrap(
    api.GET('/bookings/public/{token}/availability', {
      params: {
        path: { token: tokenOfUrl(linkUrl) },
        query: { from: from.toISOString(), to: to.toISOString(), timezone: timeZone },
      },
    }),
  );
}

export function useLinkSlots(linkUrl: string, timeZone: string, isEnabled: boolean) {
  const api = useApiClient();
  return useQuery({
    ...queryOptions({
      queryKey: ['link-slots', linkUrl, timeZone] as const,
      queryFn: () => getLinkSlots(api, linkUrl, timeZone, new Date()),
    }),
    enabled: isEnabled,
  });
}
