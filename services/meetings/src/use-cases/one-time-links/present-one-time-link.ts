import { deriveOneTimeLinkStatus } from '../../domain/one-time-links/one-time-link-status';
import type { OneTimeLinkRecord } from '../../ports/one-time-links';

/** The status is derived as of `now`, so an expired link reads as expired without any job running. */
export function presentOneTimeLink(link: OneTimeLinkRecord, now: Date) {
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
  };
}
