import type { LinkSettings } from '../domain/links/link-settings';
import type { PickedSlot } from './one-time-links';
import type { PageRequest } from './pagination';

export type BookingStatus = 'confirmed' | 'cancelled';
/** Who cancelled or moved a booking: its owner (signed in) or its attendee (through the manage link). */
export type ChangedBy = 'owner' | 'attendee';

export interface BookingView {
  id: string;
  linkId: string;
  linkTitle: string;
  oneTimeLinkId: string | null;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  recipientName: string;
  recipientEmail: string;
  recipientTimeZone: string;
  answers: Record<string, unknown>;
  calendarEventId: string | null;
  conferenceUrl: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  cancelledBy: ChangedBy | null;
  rescheduledAt: Date | null;
}

/** A booking as the change flows (cancel, reschedule) read and write it. */
export interface StoredBooking {
  id: string;
  ownerId: string;
  linkId: string;
  oneTimeLinkId: string | null;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  recipientName: string;
  recipientEmail: string;
  recipientTimeZone: string;
  answers: Record<string, unknown>;
  conferenceUrl: string | null;
  icsSequence: number;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  cancelledBy: ChangedBy | null;
  rescheduledAt: Date | null;
  /** The attendee's manage token, sealed; null for bookings made before manage links existed. */
  manageTokenSealed: string | null;
}

/** What the attendee's manage link opens: the booking with its link (deleted ones included) and owner. */
export interface ManagedBooking {
  booking: StoredBooking;
  link: {
    id: string;
    title: string;
    description: string;
    settings: LinkSettings;
    minChangeNoticeMinutes: number;
    /** False when the link is switched off or deleted: the attendee may still cancel, not reschedule. */
    isBookable: boolean;
  };
  owner: { name: string; email: string; avatarDigest: string | null };
  /** The one-time link's owner-picked slots, when the booking came through one that has them. */
  pickedSlots: PickedSlot[] | null;
}

export interface BookingsFilter {
  /** Text the recipient's name or email contains, ignoring case; taken literally (no wildcards). */
  search?: string | undefined;
  linkId?: string | undefined;
  status?: BookingStatus | undefined;
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
  findOwned(ownerId: string, id: string): Promise<BookingView | null>;
  findByManageTokenHash(tokenHash: string): Promise<ManagedBooking | null>;
  /** The same view of one of the owner's bookings. */
  findManagedOwned(ownerId: string, id: string): Promise<ManagedBooking | null>;
}
