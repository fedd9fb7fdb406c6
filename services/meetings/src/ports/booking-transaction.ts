import type { Interval } from '@bookings/availability';
import type { AnalyticsEvent } from './analytics';
import type { NewAuditEntry } from './audit';
import type { OwnerMeeting } from './busy-time';
import type { LinkRecord } from './links';
import type { OneTimeLinkRecord } from './one-time-links';
import type { SideEffectKind } from './side-effects';

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
}

export interface BookingRecord extends NewBooking {
  id: string;
  status: 'confirmed';
  icsSequence: number;
  createdAt: Date;
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
  findOneTimeLink(ownerId: string, id: string): Promise<OneTimeLinkRecord | null>;
  /** The owner's confirmed bookings (all links) overlapping the range. */
  ownerMeetings(ownerId: string, range: Interval): Promise<OwnerMeeting[]>;
  /** Throws DomainError `slot_unavailable` when the database's exclusion constraint refuses an overlap. */
  insertBooking(booking: NewBooking): Promise<BookingRecord>;
  /** Marks an active, unexpired one-time link booked; false when another booking got there first. */
  consumeOneTimeLink(id: string, bookingId: string, now: Date): Promise<boolean>;
  recordAnalytics(event: AnalyticsEvent): Promise<void>;
  recordAudit(entry: NewAuditEntry): Promise<void>;
  /** Queues the booking's side effects in the same transaction, so a crash after commit loses none. */
  addSideEffects(bookingId: string, effects: { kind: SideEffectKind; runAfter: Date }[]): Promise<void>;
  findResponse(scope: string, key: string): Promise<StoredResponse | null>;
  saveResponse(scope: string, key: string, response: StoredResponse): Promise<void>;
}

export interface BookingUnitOfWork {
  run<T>(work: (repositories: BookingTransactionRepositories) => Promise<T>): Promise<T>;
}
