import type { LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { getMeQueryOptions, useMe } from '../../../features/auth/api/get-me';
import { getBookingsQueryOptions } from '../../../features/bookings/api/get-bookings';
import { BookingsList } from '../../../features/bookings/components/bookings-list';
import { WeekView } from '../../../features/bookings/components/week-view';
import { readBookingsFilters } from '../../../features/bookings/model/bookings-filters';
import { getLinksQueryOptions, useLinks } from '../../../features/links/api/get-links';
import { detectTimeZone } from '../../../lib/time-zones';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ request }: LoaderFunctionArgs) => {
    // Failed prefetches are shown by the list itself (with a retry), not by the route's error screen.
    const me = await queryClient.ensureQueryData(getMeQueryOptions(api)).catch(() => null);
    const filters = readBookingsFilters(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.prefetchInfiniteQuery(
        getBookingsQueryOptions(api, filters, me?.timeZone ?? detectTimeZone()),
      ),
      queryClient.prefetchInfiniteQuery(getLinksQueryOptions(api)),
    ]);
    return null;
  };
}

export function Component() {
  const me = useMe();
  const links = useLinks();
  const timeZone = me.data?.timeZone ?? detectTimeZone();
  const choices = (links.data?.pages ?? []).flatMap((page) =>
    page.items.map((link) => ({ id: link.id, title: link.title })),
  );
  return (
    <>
      <PageHeader title="Bookings" description="Meetings people booked through your links." />
      <WeekView timeZone={timeZone} />
      <BookingsList timeZone={timeZone} links={choices} />
    </>
  );
}
