import { LinkProblemScreen } from '../../../features/public-booking/components/link-problem-screen';

export function PublicBookingRoute(_props: { token: string }) {
  return <LinkProblemScreen code="link_not_found" />;
}
