import type { Interval } from '@bookings/availability';
import type { AnalyticsEvent } from './analytics';
import type { NewAuditEntry } from './audit';
import type { BookingView, ChangedBy, StoredBooking } from './bookings';
import type { OwnerMeeting } from './busy-time';
import type { LinkRecord } from './links';
import type { OneTimeLinkRecord } from './one-time-links';
import type { SideEffectKind } from './side-effects';
import type { WebhookEvent } from './webhooks';

export interface NewBooking {
  ownerId: string;
  linkId: string;
  oneTimeLinkId: string | null;
  startsAt: Date;
  endsAt: Date;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  recipientName: string;
  recipientEmail: string;
  recipientTimeZone: string;
  answers: Record<string, unknown>;
  manageTokenHash: string;
  manageTokenSealed: string;
}

/** A booking about to be written: its id and creation time are known before the one statement that writes it. */
export interface NewBookingWithId extends NewBooking {
  id: string;
  createdAt: Date;
}

export interface BookingRecord extends NewBooking {
  id: string;
  status: 'confirmed';
  icsSequence: number;
  createdAt: Date;
}

/** What a new booking writes besides itself: its count, its audit entry, its side effects and its webhook event. */
export interface NewBookingRecords {
  analytics: AnalyticsEvent;
  audit: NewAuditEntry;
  sideEffects: { kind: SideEffectKind; runAfter: Date }[];
  webhookEvent: WebhookEvent;
  /** The answer an Idempotency-Key keeps, when the request carried one. */
  idempotentResponse?: { scope: string; key: string; response: StoredResponse };
}

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
}

/** What booking does inside its one transaction; every method sees that transaction's state. */
export interface BookingTransactionRepositories {
  /** Serialises the owner's bookings: a second booking of the same owner waits here until this one commits. */
  lockOwner(ownerId: string): Promise<void>;
  findLink(ownerId: string, linkId: string): Promise<LinkRecord | null>;
  /**
   * Takes the owner's lock (as lockOwner does) and reads the link and the owner's confirmed bookings (all links)
   * overlapping the range, as they are once the lock is held: what a booking checks its slot against, in one
   * round trip. A link that is not the owner's reads as null, and then no lock is taken (nothing will be written).
   */
  lockOwnerAndFindLinkAndMeetings(
    ownerId: string,
    linkId: string,
    range: Interval,
  ): Promise<{ link: LinkRecord | null; meetings: OwnerMeeting[] }>;
  findOneTimeLink(ownerId: string, id: string): Promise<OneTimeLinkRecord | null>;
  /** The owner's confirmed bookings (all links) overlapping the range. */
  ownerMeetings(ownerId: string, range: Interval): Promise<OwnerMeeting[]>;
  /** Marks an active, unexpired one-time link booked; false when another booking got there first. */
  consumeOneTimeLink(id: string, bookingId: string, now: Date): Promise<boolean>;
  /**
   * Writes a new booking (its id and creation time chosen by the caller) with every record that comes with it,
   * in one statement: the owner's lock is held for one round trip instead of one per table. Throws DomainError
   * `slot_unavailable` when the database's exclusion constraint refuses an overlap, and then writes nothing.
   */
  insertBookingWithRecords(booking: NewBookingWithId, records: NewBookingRecords): Promise<void>;
  recordAnalytics(event: AnalyticsEvent): Promise<void>;
  recordAudit(entry: NewAuditEntry): Promise<void>;
  /** The booking as it is now (call after lockOwner); null when there is none. */
  findBooking(bookingId: string): Promise<StoredBooking | null>;
  /**
   * Moves a confirmed booking and counts the change (ics_sequence + 1). Throws DomainError `slot_unavailable`
   * when the exclusion constraint refuses the new time.
   */
  moveBooking(bookingId: string, move: { startsAt: Date; endsAt: Date; at: Date }): Promise<StoredBooking>;
  /** Cancels a confirmed booking and counts the change (ics_sequence + 1). */
  cancelBooking(
    bookingId: string,
    cancel: { at: Date; by: ChangedBy; reason: string | null },
  ): Promise<StoredBooking>;
  /**
   * Queues side effects in the same transaction, so a crash after commit loses none. `revision` is the
   * booking's ics_sequence the effect belongs to (0, the booking itself, when left out).
   */
  addSideEffects(
    bookingId: string,
    effects: { kind: SideEffectKind; runAfter: Date; revision?: number }[],
  ): Promise<void>;
  /** Drops the booking's side effects of this kind that have not run yet (a follow-up after a move or cancel); answers how many. */
  dropPendingSideEffects(bookingId: string, kind: SideEffectKind): Promise<number>;
  /** The owner's view of the booking as this transaction sees it (what webhook events carry). */
  findBookingView(ownerId: string, bookingId: string): Promise<BookingView | null>;
  /** Queues the event's webhook deliveries in this transaction (the outbox). */
  recordWebhookEvent(event: WebhookEvent): Promise<void>;
  findResponse(scope: string, key: string): Promise<StoredResponse | null>;
  saveResponse(scope: string, key: string, response: StoredResponse): Promise<void>;
}

export interface BookingUnitOfWork {
  run<T>(work: (repositories: BookingTransactionRepositories) => Promise<T>): Promise<T>;
}
