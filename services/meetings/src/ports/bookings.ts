import type { PageRequest } from './pagination';

export interface BookingView {
  id: string;
  linkId: string;
  linkTitle: string;
  oneTimeLinkId: string | null;
  status: 'confirmed' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  recipientName: string;
  recipientEmail: string;
  recipientTimeZone: string;
  answers: Record<string, unknown>;
  calendarEventId: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
}

export interface BookingsFilter {
  linkId?: string | undefined;
  /** Bookings that end after `from` / start before `to`. */
  from?: Date | undefined;
  to?: Date | undefined;
  /** upcoming: ends after `now`, soonest first; past: ended by `now`, latest first; all: by start. */
  when: 'upcoming' | 'past' | 'all';
  now: Date;
}

export interface BookingsRepository {
  /** The owner's bookings across all links (deleted links included: their bookings stay). */
  listOwned(ownerId: string, filter: BookingsFilter, page: PageRequest): Promise<BookingView[]>;
}
