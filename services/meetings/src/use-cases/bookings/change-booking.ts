import { createHash } from 'node:crypto';
import { checkSlot, type Interval } from '@bookings/availability';
import { assertAttendeeMayChange, assertFreeForOwner } from '../../domain/booking/change-rules';
import { slotRejectionError } from '../../domain/booking/slot-rejection';
import { DomainError } from '../../domain/shared/domain-error';
import { ownerActor } from '../../ports/audit';
import type { BookingTransactionRepositories, BookingUnitOfWork } from '../../ports/booking-transaction';
import type { ChangedBy, StoredBooking } from '../../ports/bookings';
import type { CalendarBusyPort } from '../../ports/calendar-busy-time';
import type { Clock } from '../../ports/clock';
import {
  assembleAvailabilityInput,
  subtractInterval,
  widenForAvailability,
} from '../availability/load-availability-input';
import { recordBookingEvent } from '../webhooks/record-booking-event';

export interface ChangeBookingDeps {
  bookingTransaction: BookingUnitOfWork;
  /** Read before the transaction, as booking does: no provider call holds the owner's lock. */
  calendarBusy: CalendarBusyPort;
  clock: Clock;
  /** Told after commit: drop cached busy time, run the side effects now. */
  onChanged?: (booking: { id: string; ownerId: string }) => void;
}

/** Who asks for a change. The attendee is held to the link's rules and change window; the owner is not. */
export type ChangeAuthor =
  | { by: 'owner' }
  | {
      by: 'attendee';
      /** Hashed into the audit entry, as for a booking. */
      ip: string;
      /** The link's minChangeNoticeMinutes. */
      minChangeNoticeMinutes: number;
    };

/** An `Idempotency-Key` and what the answer is made of: a retry with the same key gets the first answer. */
export interface IdempotentAnswer<T> {
  present(booking: StoredBooking): T;
  idempotency?: { scope: string; key: string; requestHash: string } | undefined;
}

export interface BookingTarget {
  ownerId: string;
  bookingId: string;
}

const notFound = (id: string) => new DomainError('not_found', `No booking with id ${id}.`);

function actorOf(ownerId: string, author: ChangeAuthor): string {
  return author.by === 'owner'
    ? ownerActor(ownerId)
    : `public:${createHash('sha256').update(author.ip).digest('hex')}`;
}

const describeAuthor = (by: ChangedBy) => (by === 'owner' ? 'the owner' : 'the attendee');

/**
 * Runs a change under the owner's lock: the same lock that serialises bookings, so a change and a booking (or
 * two changes) of one owner never interleave. Replays the first answer of a repeated Idempotency-Key.
 */
async function runChange<T>(
  deps: ChangeBookingDeps,
  target: BookingTarget,
  answer: IdempotentAnswer<T>,
  change: (
    tx: BookingTransactionRepositories,
    booking: StoredBooking,
    now: Date,
  ) => Promise<StoredBooking | null>,
): Promise<T> {
  const { idempotency } = answer;
  const outcome = await deps.bookingTransaction.run(async (tx) => {
    await tx.lockOwner(target.ownerId);
    if (idempotency) {
      const earlier = await tx.findResponse(idempotency.scope, idempotency.key);
      if (earlier) {
        if (earlier.requestHash !== idempotency.requestHash) {
          throw new DomainError(
            'idempotency_key_reused',
            'This Idempotency-Key was used for a different request.',
          );
        }
        return { changed: false, body: earlier.body as T };
      }
    }
    const booking = await tx.findBooking(target.bookingId);
    if (!booking || booking.ownerId !== target.ownerId) throw notFound(target.bookingId);
    const changed = await change(tx, booking, deps.clock.now());
    const body = answer.present(changed ?? booking);
    if (idempotency) {
      await tx.saveResponse(idempotency.scope, idempotency.key, {
        requestHash: idempotency.requestHash,
        status: 200,
        body,
      });
    }
    return { changed: changed !== null, body };
  });
  if (outcome.changed) deps.onChanged?.({ id: target.bookingId, ownerId: target.ownerId });
  return outcome.body;
}

/**
 * Cancels a booking: it frees its time, buffers and place under the caps at once (only confirmed bookings
 * count), and queues the calendar event's removal and the cancellation emails in the same transaction.
 * Cancelling a cancelled booking changes nothing and sends nothing.
 */
export function makeCancelBooking(deps: ChangeBookingDeps) {
  return function cancelBooking<T>(
    target: BookingTarget,
    request: { reason: string | null },
    author: ChangeAuthor,
    answer: IdempotentAnswer<T>,
  ): Promise<T> {
    return runChange(deps, target, answer, async (tx, booking, now) => {
      if (booking.status === 'cancelled') return null;
      if (author.by === 'attendee')
        assertAttendeeMayChange(booking.startsAt, author.minChangeNoticeMinutes, now);
      const reason = request.reason?.trim() || null;
      const cancelled = await tx.cancelBooking(booking.id, { at: now, by: author.by, reason });
      // Never a follow-up for a meeting that did not happen.
      await tx.dropPendingSideEffects(booking.id, 'send_follow_up');
      await tx.addSideEffects(booking.id, [
        { kind: 'cancel_event', runAfter: now, revision: cancelled.icsSequence },
        { kind: 'send_change_notices', runAfter: now, revision: cancelled.icsSequence },
      ]);
      await tx.recordAnalytics({ linkId: booking.linkId, kind: 'cancelled', occurredAt: now });
      await tx.recordAudit({
        ownerId: booking.ownerId,
        actor: actorOf(booking.ownerId, author),
        action: 'booking.cancelled',
        targetType: 'booking',
        targetId: booking.id,
        summary: `cancelled by ${describeAuthor(author.by)}: ${booking.recipientName} <${booking.recipientEmail}> on ${booking.startsAt.toISOString()}${reason ? ` (reason: ${reason})` : ''}`,
        occurredAt: now,
      });
      await recordBookingEvent(tx, {
        type: 'booking.cancelled',
        ownerId: booking.ownerId,
        bookingId: booking.id,
        at: now,
      });
      return cancelled;
    });
  };
}

export interface RescheduleRequest {
  start: Date;
  /** Minutes; the owner may leave it out to keep the meeting's length. */
  duration?: number | undefined;
}

/**
 * Moves a booking, in one transaction under the owner's lock. The new time is checked with the booking itself
 * left out of busy time and caps, so it may overlap its own old time. The attendee is held to the link's rules
 * exactly as a new booking is (a one-time link's picked slots included); the owner may step outside hours and
 * notice, never onto busy time or another meeting. The exclusion constraint backs both up.
 */
export function makeRescheduleBooking(deps: ChangeBookingDeps) {
  return async function rescheduleBooking<T>(
    target: BookingTarget,
    request: RescheduleRequest,
    author: ChangeAuthor,
    answer: IdempotentAnswer<T>,
  ): Promise<T> {
    const start = request.start.getTime();
    // The window's busy time is read before the lock; a one-day margin covers any length the owner keeps.
    const longest = (request.duration ?? 1440) * 60_000;
    const window = widenForAvailability({ start, end: start + longest });
    const calendarBusy = (
      await deps.calendarBusy.getBusy(target.ownerId, {
        start: new Date(window.start),
        end: new Date(window.end),
      })
    ).map((block) => ({ start: block.start.getTime(), end: block.end.getTime() }));

    return runChange(deps, target, answer, async (tx, booking, now) => {
      if (booking.status === 'cancelled') {
        throw new DomainError('booking_cancelled', 'This meeting was cancelled; book a new one instead.');
      }
      const duration =
        request.duration ?? Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
      const end = start + duration * 60_000;
      if (start === booking.startsAt.getTime() && end === booking.endsAt.getTime()) return null;
      const own: Interval = { start: booking.startsAt.getTime(), end: booking.endsAt.getTime() };
      const meetings = await tx.ownerMeetings(booking.ownerId, window);

      if (author.by === 'attendee') {
        assertAttendeeMayChange(booking.startsAt, author.minChangeNoticeMinutes, now);
        const link = await tx.findLink(booking.ownerId, booking.linkId);
        if (!link?.isActive) {
          throw new DomainError(
            'link_inactive',
            'This booking page is switched off, so the meeting cannot be moved online. Please contact the person you booked with.',
          );
        }
        const oneTime = booking.oneTimeLinkId
          ? await tx.findOneTimeLink(booking.ownerId, booking.oneTimeLinkId)
          : null;
        const input = assembleAvailabilityInput(
          {
            link,
            duration,
            now,
            range: window,
            pickedSlots: oneTime?.pickedSlots?.map((slot) => ({
              start: slot.start.getTime(),
              end: slot.end.getTime(),
            })),
            ignoredBooking: { id: booking.id, meeting: own },
          },
          calendarBusy,
          meetings,
        );
        const verdict = checkSlot(input, start);
        if (!verdict.ok) throw slotRejectionError(verdict.reason);
      } else {
        if (start < now.getTime()) {
          throw new DomainError('outside_window', 'A meeting cannot be moved into the past.');
        }
        assertFreeForOwner(
          { start, end },
          subtractInterval(calendarBusy, own),
          meetings.filter((meeting) => meeting.bookingId !== booking.id),
        );
      }

      const moved = await tx.moveBooking(booking.id, {
        startsAt: new Date(start),
        endsAt: new Date(end),
        at: now,
      });
      const revision = moved.icsSequence;
      await tx.addSideEffects(booking.id, [
        { kind: 'update_event', runAfter: now, revision },
        { kind: 'send_change_notices', runAfter: now, revision },
      ]);
      // A follow-up waiting for the old end now waits for the new one.
      if ((await tx.dropPendingSideEffects(booking.id, 'send_follow_up')) > 0) {
        await tx.addSideEffects(booking.id, [{ kind: 'send_follow_up', runAfter: moved.endsAt, revision }]);
      }
      await tx.recordAnalytics({ linkId: booking.linkId, kind: 'rescheduled', occurredAt: now });
      await tx.recordAudit({
        ownerId: booking.ownerId,
        actor: actorOf(booking.ownerId, author),
        action: 'booking.rescheduled',
        targetType: 'booking',
        targetId: booking.id,
        summary: `moved by ${describeAuthor(author.by)}: ${booking.recipientName} <${booking.recipientEmail}> from ${booking.startsAt.toISOString()} to ${moved.startsAt.toISOString()}`,
        occurredAt: now,
      });
      await recordBookingEvent(tx, {
        type: 'booking.rescheduled',
        ownerId: booking.ownerId,
        bookingId: booking.id,
        at: now,
      });
      return moved;
    });
  };
}

export type CancelBooking = ReturnType<typeof makeCancelBooking>;
export type RescheduleBooking = ReturnType<typeof makeRescheduleBooking>;
