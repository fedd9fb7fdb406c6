import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../features/auth/api/get-me';
import { getBookingsQueryOptions } from '../../../features/bookings/api/get-bookings';
import { BookingsList } from '../../../features/bookings/components/bookings-list';
import { WeekView } from '../../../features/bookings/components/week-view';
import { detectTimeZone } from '../../../lib/time-zones';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    await queryClient.prefetchInfiniteQuery(getBookingsQueryOptions(api, 'upcoming'));
    return null;
  };
}

export function Component() {
  const me = useMe();
  const timeZone = me.data?.timeZone ?? detectTimeZone();
  return (
    <>
      <PageHeader title="Bookings" description="Meetings people booked through your links." />
      <WeekView timeZone={timeZone} />
      <BookingsList timeZone={timeZone} />
    </>
  );
}
