import { ManageBookingPage } from '../../../features/public-booking/components/manage-booking-page';

export function ManageBookingRoute({ token }: { token: string }) {
  return <ManageBookingPage token={token} />;
}
