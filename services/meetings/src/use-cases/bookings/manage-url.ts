import type { Sealer } from '../../ports/secrets';

/** The attendee's page to see, cancel or reschedule one booking: PUBLIC_BASE_URL/public/bookings/manage/<token>. */
export const manageBookingUrl = (publicBaseUrl: string, token: string): string =>
  `${publicBaseUrl}/public/bookings/manage/${token}`;

/** The manage URL of a stored booking; null for one made before manage links existed. */
export function unsealManageUrl(
  publicBaseUrl: string,
  sealer: Pick<Sealer, 'unseal'>,
  manageTokenSealed: string | null,
): string | null {
  return manageTokenSealed ? manageBookingUrl(publicBaseUrl, sealer.unseal(manageTokenSealed)) : null;
}
