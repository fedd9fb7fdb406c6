import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../features/auth/api/get-me';
import { getBookingQueryOptions, useBooking } from '../../../features/bookings/api/get-booking';
import { BookingDetailView } from '../../../features/bookings/components/booking-detail';
import { describeError } from '../../../lib/api-error';
import { detectTimeZone } from '../../../lib/time-zones';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.prefetchQuery(getBookingQueryOptions(api, params.id ?? ''));
    return null;
  };
}

export function Component() {
  const { id = '' } = useParams();
  const me = useMe();
  const booking = useBooking(id);
  const timeZone = me.data?.timeZone ?? detectTimeZone();
  const title = booking.data ? `Meeting with ${booking.data.booking.recipient.name}` : 'Meeting';
  if (booking.isPending) return <ListSkeleton label="Loading the booking…" rows={1} rowHeight="24rem" />;
  if (booking.isError)
    return (
      <>
        <PageHeader title="Meeting" />
        <Alert tone="error" title="This booking could not be opened">
          <p>{describeError(booking.error)}</p>
        </Alert>
      </>
    );
  return (
    <>
      <PageHeader title={title} description={booking.data.booking.linkTitle} />
      <BookingDetailView detail={booking.data} timeZone={timeZone} />
    </>
  );
}
