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
