import { deriveOneTimeLinkStatus } from '../../domain/one-time-links/one-time-link-status';
import type { OneTimeLinkRecord } from '../../ports/one-time-links';
import type { LinkPresenter } from '../links/present-link';
import { publicBookingUrl } from '../links/present-link';

/**
 * The owner's view of a one-time link. The status is derived as of `now`, so an expired link reads as expired
 * without any job running; the URL is null for links made before tokens were kept sealed (only a hash exists).
 */
export function presentOneTimeLink(link: OneTimeLinkRecord, now: Date, presenter: LinkPresenter) {
  return {
    id: link.id,
    linkId: link.linkId,
    recipientEmail: link.recipientEmail,
    recipientName: link.recipientName,
    status: deriveOneTimeLinkStatus(link.status, link.expiresAt, now),
    expiresAt: link.expiresAt.toISOString(),
    pickedSlots:
      link.pickedSlots?.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) ??
      null,
    bookingId: link.bookingId,
    createdAt: link.createdAt.toISOString(),
    url: link.tokenSealed
      ? publicBookingUrl(presenter.publicBaseUrl, presenter.sealer.unseal(link.tokenSealed))
      : null,
  };
}
