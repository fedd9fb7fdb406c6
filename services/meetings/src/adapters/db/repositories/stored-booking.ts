import type { ChangedBy, StoredBooking } from '../../../ports/bookings';
import { bookings } from '../schema';

/** The columns a change flow reads, for `select(storedBookingColumns)` and `returning(...)`. */
export const storedBookingColumns = {
  id: bookings.id,
  ownerId: bookings.ownerId,
  linkId: bookings.linkId,
  oneTimeLinkId: bookings.oneTimeLinkId,
  status: bookings.status,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  bufferBeforeMinutes: bookings.bufferBeforeMinutes,
  bufferAfterMinutes: bookings.bufferAfterMinutes,
  recipientName: bookings.recipientName,
  recipientEmail: bookings.recipientEmail,
  recipientTimeZone: bookings.recipientTimeZone,
  answers: bookings.answers,
  conferenceUrl: bookings.conferenceUrl,
  icsSequence: bookings.icsSequence,
  createdAt: bookings.createdAt,
  cancelledAt: bookings.cancelledAt,
  cancelReason: bookings.cancelReason,
  cancelledBy: bookings.cancelledBy,
  rescheduledAt: bookings.rescheduledAt,
  manageTokenSealed: bookings.manageTokenSealed,
};

type Row = Omit<StoredBooking, 'status' | 'answers' | 'cancelledBy'> & {
  status: string;
  answers: unknown;
  cancelledBy: string | null;
};

export const toStoredBooking = (row: Row): StoredBooking => ({
  ...row,
  status: row.status === 'cancelled' ? 'cancelled' : 'confirmed',
  answers: (row.answers ?? {}) as Record<string, unknown>,
  cancelledBy: toChangedBy(row.cancelledBy),
});

export const toChangedBy = (value: string | null): ChangedBy | null =>
  value === 'owner' || value === 'attendee' ? value : null;
