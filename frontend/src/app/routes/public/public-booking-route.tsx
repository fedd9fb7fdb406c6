import { PublicBookingPage } from '../../../features/public-booking/components/public-booking-page';

export function PublicBookingRoute({ token }: { token: string }) {
  return <PublicBookingPage token={token} />;
}
