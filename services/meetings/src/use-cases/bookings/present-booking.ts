import type { BookingRecord } from '../../ports/booking-transaction';
import type { BookingView } from '../../ports/bookings';

/** The owner's view of a booking. */
export function presentBooking(booking: BookingView) {
  return {
    id: booking.id,
    linkId: booking.linkId,
    linkTitle: booking.linkTitle,
    oneTimeLinkId: booking.oneTimeLinkId,
    status: booking.status,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    recipient: {
      name: booking.recipientName,
      email: booking.recipientEmail,
      timeZone: booking.recipientTimeZone,
    },
    answers: booking.answers,
    calendarEventId: booking.calendarEventId,
    joinUrl: booking.conferenceUrl,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    cancelReason: booking.cancelReason,
    cancelledBy: booking.cancelledBy,
    rescheduledAt: booking.rescheduledAt?.toISOString() ?? null,
  };
}

export type BookingPresentation = ReturnType<typeof presentBooking>;

/** A booking just inserted, as the owner's view reads it back: confirmed, with nothing made for it yet. */
export function newBookingView(booking: BookingRecord, linkTitle: string): BookingView {
  return {
    id: booking.id,
    linkId: booking.linkId,
    linkTitle,
    oneTimeLinkId: booking.oneTimeLinkId,
    status: booking.status,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    recipientName: booking.recipientName,
    recipientEmail: booking.recipientEmail,
    recipientTimeZone: booking.recipientTimeZone,
    answers: booking.answers,
    calendarEventId: null,
    conferenceUrl: null,
    createdAt: booking.createdAt,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    rescheduledAt: null,
  };
}
