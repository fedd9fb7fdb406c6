/**
 * What a booking leaves to be done after its commit, or after a change (reschedule, cancel); each kind is at
 * most one row per booking and revision (the booking's ics_sequence when the row was written).
 */
export type SideEffectKind =
  | 'create_event'
  | 'send_confirmations'
  | 'create_contact'
  | 'send_follow_up'
  | 'update_event'
  | 'cancel_event'
  | 'send_change_notices';

export const SIDE_EFFECT_KINDS: readonly SideEffectKind[] = [
  'create_event',
  'send_confirmations',
  'create_contact',
  'send_follow_up',
  'update_event',
  'cancel_event',
  'send_change_notices',
];

/** The kinds that still run once their booking is cancelled: they are how the cancellation reaches everyone. */
export const KINDS_FOR_CANCELLED_BOOKINGS: readonly SideEffectKind[] = [
  'cancel_event',
  'send_change_notices',
];

export type SideEffectStatus = 'pending' | 'done' | 'dead';

/**
 * The booking flow writes `booking_side_effects` rows in its own transaction and calls `wake()` after the
 * commit, so they start at once instead of at the next sweep. Losing a wake-up loses nothing: the sweep
 * (and every start of the service) picks up rows not yet handed to the queue.
 */
export interface SideEffectsRunner {
  wake(): void;
  /** Hands a revived (dead, now pending again) row to the queue afresh, though its earlier job is finished. */
  requeue(row: SideEffectRow): Promise<void>;
}

export interface SideEffectState {
  id: string;
  kind: SideEffectKind;
  /** The booking's ics_sequence the effect belongs to: 0 for the booking, then one per change. */
  revision: number;
  status: SideEffectStatus;
  attempts: number;
  lastError: string | null;
}

export interface SideEffectRow {
  id: string;
  bookingId: string;
  kind: SideEffectKind;
  /** The booking's ics_sequence when this row was written. */
  revision: number;
  status: SideEffectStatus;
  attempts: number;
  runAfter: Date;
}

/** One run's hold on a pending row: only the holder performs the effect, and only it counts a failure. */
export interface SideEffectClaim {
  row: SideEffectRow;
  token: string;
}

export interface SideEffectsRepository {
  /** Pending rows never handed to the queue, or handed so long ago that the job may be gone. */
  listToEnqueue(now: Date, staleBefore: Date, limit: number): Promise<SideEffectRow[]>;
  /** Marks the rows handed to the queue, in one statement. */
  markEnqueued(ids: string[], at: Date): Promise<void>;
  /**
   * Takes a pending row for one run, for `leaseMs` of the database's clock, in one statement: two runs at once
   * never both get it. `held` while another run's claim has not lapsed; `settled` when the row is done, dead
   * or gone. A lapsed claim (its holder stopped renewing it: the holder died) is taken over.
   */
  claim(id: string, leaseMs: number): Promise<SideEffectClaim | 'held' | 'settled'>;
  /** Extends the holder's claim by `leaseMs` from now; false once it is not the holder (settled or taken over). */
  renewClaim(id: string, token: string, leaseMs: number): Promise<boolean>;
  /**
   * The effect happened: a pending row is done, whoever holds it now (a run that took over a lapsed claim then
   * finds it done where it has not sent yet).
   */
  markDone(id: string, at: Date): Promise<void>;
  /**
   * The holder counts a failed attempt and lets the row go for the next retry; the row becomes dead (for the
   * owner to see) after the last one. null when `token` no longer holds the row: nothing is counted.
   */
  recordFailure(
    id: string,
    token: string,
    error: string,
    maxAttempts: number,
  ): Promise<SideEffectStatus | null>;
  /**
   * A failure that no retry can fix (e.g. SMTP 550): counted, and the row is dead at once. false when `token` no
   * longer holds the row: nothing is recorded.
   */
  markDead(id: string, token: string, error: string): Promise<boolean>;
  /**
   * The owner asks for another try: a dead row of their booking becomes pending with a fresh retry schedule.
   * `not_found` when the row is not on this owner's booking, `not_dead` when it is pending or done.
   */
  revive(
    ownerId: string,
    bookingId: string,
    sideEffectId: string,
  ): Promise<SideEffectRow | 'not_found' | 'not_dead'>;
  /** null when the booking is not this owner's. */
  listForBooking(ownerId: string, bookingId: string): Promise<SideEffectState[] | null>;
  hasDelivered(sideEffectId: string, recipient: 'recipient' | 'owner'): Promise<boolean>;
  recordDelivery(sideEffectId: string, recipient: 'recipient' | 'owner', messageId: string): Promise<void>;
}

/** A booking as its side effects see it: with its owner, link and template. */
export interface SideEffectBooking {
  booking: {
    id: string;
    ownerId: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    recipientName: string;
    recipientEmail: string;
    recipientTimeZone: string;
    answers: Record<string, unknown>;
    calendarEventId: string | null;
    /** The Meet/Teams join URL the provider gave the event, once stored. */
    conferenceUrl: string | null;
    /** The attendee's manage token (unsealed); null for bookings made before manage links existed. */
    manageToken: string | null;
    icsSequence: number;
    createdAt: Date;
    cancelReason: string | null;
    cancelledBy: 'owner' | 'attendee' | null;
  };
  owner: { email: string; name: string; timeZone: string };
  link: { title: string; description: string; timeZone: string; videoCall: boolean };
  template: { questions: { id: string; label: string }[]; emailFollowupEnabled: boolean } | null;
}

export interface SideEffectBookingsRepository {
  load(bookingId: string): Promise<SideEffectBooking | null>;
  setCalendarEvent(
    bookingId: string,
    event: { eventId: string; conferenceUrl: string | null },
  ): Promise<void>;
}
