import type { BookingTransactionRepositories } from '../../ports/booking-transaction';
import type { WebhookEventType } from '../../ports/webhooks';
import { presentBooking } from '../bookings/present-booking';

/**
 * Queues a booking event for the owner's webhook endpoints inside the booking's transaction, carrying the
 * booking exactly as the owner API presents it after the change.
 */
export async function recordBookingEvent(
  tx: Pick<BookingTransactionRepositories, 'findBookingView' | 'recordWebhookEvent'>,
  event: {
    type: Extract<WebhookEventType, `booking.${string}`>;
    ownerId: string;
    bookingId: string;
    at: Date;
  },
): Promise<void> {
  const booking = await tx.findBookingView(event.ownerId, event.bookingId);
  if (!booking) throw new Error(`booking ${event.bookingId} vanished inside its own transaction`);
  await tx.recordWebhookEvent({
    ownerId: event.ownerId,
    type: event.type,
    subjectId: booking.id,
    data: presentBooking(booking),
    occurredAt: event.at,
  });
}
