import {
  type BookingDetails,
  bookingCancellation,
  bookingConfirmationForOwner,
  bookingConfirmationForRecipient,
  bookingRescheduled,
  type EmailMessage,
  type EmailPort,
  followUpEmail,
  isPermanentDeliveryFailure,
} from '@bookings/email';
import { isOfficeError } from '@bookings/office';
import type { CalendarConnectionsRepository } from '../../ports/calendar-connections';
import type { Clock } from '../../ports/clock';
import type { OfficeFor } from '../../ports/provider-offices';
import {
  KINDS_FOR_CANCELLED_BOOKINGS,
  type SideEffectBooking,
  type SideEffectBookingsRepository,
  type SideEffectKind,
  type SideEffectRow,
  type SideEffectsRepository,
} from '../../ports/side-effects';
import { describeEvent, toBookingDetails } from './booking-details';
import { keepClaimAlive } from './keep-claim-alive';

export interface RunSideEffectDeps {
  sideEffects: Pick<
    SideEffectsRepository,
    'claim' | 'renewClaim' | 'markDone' | 'recordFailure' | 'markDead' | 'hasDelivered' | 'recordDelivery'
  >;
  bookings: SideEffectBookingsRepository;
  connections: Pick<CalendarConnectionsRepository, 'findEventReceiver'>;
  officeFor: OfficeFor;
  email: EmailPort;
  clock: Clock;
  publicBaseUrl: string;
  /** The domain of the From address: each message's Message-ID is made under it. */
  mailDomain: string;
  maxAttempts: number;
  /**
   * How long a run's claim on its row lasts without renewal: longer than the job timeout, after which the job
   * queue starts the job again, so a second run finds a live holder's claim still standing.
   */
  claimLeaseMs: number;
}

/** `busy`: another run holds the row and may still be performing it; the job looks again later. */
export type SideEffectOutcome = 'done' | 'retry' | 'dead' | 'skipped' | 'busy';

type Handler = (row: SideEffectRow, context: SideEffectBooking) => Promise<void>;

/**
 * How long the attendee's invitation waits for the calendar event's join URL when the provider is down.
 * After that it goes without it: an invitation without the video link beats no invitation (ADR 007).
 */
const JOIN_URL_WAIT_MS = 15 * 60 * 1000;

/** Renewed four times per lease: a holder that misses a renewal or two keeps its claim. */
const RENEWALS_PER_LEASE = 4;
/**
 * A run still going after this many leases is taken as hung (a send that never returns), and its claim is left
 * to lapse: then another run performs the effect, at the risk of a repeat, rather than never.
 */
const MAX_LEASES_HELD = 10;

/**
 * Runs one side effect, exactly once under overlapping runs. The job queue can start a job again while its
 * first run still sends: after the job timeout, or when it takes a run as lost. So a run first claims the row
 * (one statement, with a lease renewed while it runs), and a second run that finds the claim standing performs
 * nothing and hands its job back to look again later ('busy'): by then the row is done, or failed and released
 * for it, or its holder has died and the lease has lapsed, and that run takes the row over. The job thus stays
 * alive until the row is settled, so an effect is never lost, only delayed by a lease when its sender dies.
 *
 * What a dead holder may have done before it died is covered by idempotent handlers: the event is created under
 * the booking's own id, each email is recorded once sent and carries a Message-ID fixed per row and recipient
 * (only a sender that dies between an SMTP server's acceptance and that record leaves a copy to repeat). A
 * failure is counted on the row; the job queue retries (with backoff) until the last attempt, after which the
 * row is dead and the owner sees why. A failure no retry can fix (an SMTP 5xx such as 550) is dead at once.
 */
export function makeRunSideEffect(deps: RunSideEffectDeps) {
  async function sendOnce(row: SideEffectRow, recipient: 'recipient' | 'owner', message: EmailMessage) {
    if (await deps.sideEffects.hasDelivered(row.id, recipient)) return;
    const { messageId } = await deps.email.send({
      ...message,
      messageId: `<${row.id}.${recipient}@${deps.mailDomain}>`,
    });
    await deps.sideEffects.recordDelivery(row.id, recipient, messageId);
  }

  /** The booking as the emails tell it, with the attendee's manage link and join URL when it has them. */
  const detailsOf = (context: SideEffectBooking): BookingDetails =>
    toBookingDetails(context, deps.publicBaseUrl);

  async function eventCalendarOf(context: SideEffectBooking) {
    const receiver = await deps.connections.findEventReceiver(context.booking.ownerId);
    return receiver?.eventCalendarId ? { receiver, calendarId: receiver.eventCalendarId } : null;
  }

  /**
   * The owner's calendar event, created once under the booking's id (a second call finds the first event).
   * It invites nobody: our ICS is the attendee's one invitation, so the provider never sends a second one.
   */
  async function ensureEvent(context: SideEffectBooking): Promise<{ conferenceUrl: string | null } | null> {
    const { booking, link } = context;
    if (booking.calendarEventId) return { conferenceUrl: booking.conferenceUrl };
    const calendar = await eventCalendarOf(context);
    // Without a calendar that receives events, the booking itself is the only record of the meeting.
    if (!calendar) return null;
    const office = await deps.officeFor(calendar.receiver);
    const created = await office.createEvent(calendar.calendarId, {
      id: booking.id,
      title: `${link.title}: ${booking.recipientName}`,
      description: describeEvent(context),
      start: booking.startsAt,
      end: booking.endsAt,
      timeZone: link.timeZone,
      attendees: [],
      withConference: link.videoCall,
    });
    const event = { eventId: created.eventId, conferenceUrl: created.conferenceUrl ?? null };
    await deps.bookings.setCalendarEvent(booking.id, event);
    return event;
  }

  /**
   * The join URL for the attendee's invitation. A video call lives on the provider event, so the invitation
   * makes sure the event exists first (whichever of it and create_event runs first creates it, once). A
   * provider that is down holds the invitation back for a while; one that refuses (reconnect needed) does not.
   */
  async function joinUrlFor(context: SideEffectBooking, holdsEvents: boolean): Promise<string | undefined> {
    if (context.booking.conferenceUrl) return context.booking.conferenceUrl;
    if (!context.link.videoCall || !holdsEvents) return undefined;
    try {
      return (await ensureEvent(context))?.conferenceUrl ?? undefined;
    } catch (error) {
      const isTemporary = !isOfficeError(error) || error.code === 'provider_unavailable';
      const waited = deps.clock.now().getTime() - context.booking.createdAt.getTime();
      if (isTemporary && waited < JOIN_URL_WAIT_MS) throw error;
      return undefined;
    }
  }

  const handlers: Record<SideEffectKind, Handler> = {
    async create_event(_row, context) {
      await ensureEvent(context);
    },

    async send_confirmations(row, context) {
      const holdsEvents = (await eventCalendarOf(context)) !== null;
      const conferenceUrl = await joinUrlFor(context, holdsEvents);
      const details = { ...detailsOf(context), conferenceUrl };
      await sendOnce(row, 'recipient', bookingConfirmationForRecipient(details));
      await sendOnce(row, 'owner', bookingConfirmationForOwner(details, { calendarCopy: !holdsEvents }));
    },

    async create_contact(_row, context) {
      const receiver = await deps.connections.findEventReceiver(context.booking.ownerId);
      if (!receiver) return;
      // The adapters search the address book first and create only a recipient who is not in it yet.
      await (await deps.officeFor(receiver)).createContact({
        email: context.booking.recipientEmail,
        name: context.booking.recipientName,
      });
    },

    async send_follow_up(row, context) {
      // The owner may have switched follow-ups off since the booking.
      if (!context.template?.emailFollowupEnabled) return;
      await sendOnce(row, 'recipient', followUpEmail(detailsOf(context)));
    },

    async update_event(_row, context) {
      // No event yet (create_event pending or dead): make it now, at the booking's current time.
      if (!context.booking.calendarEventId) {
        await ensureEvent(context);
        return;
      }
      const calendar = await eventCalendarOf(context);
      if (!calendar) return;
      // The booking's current time, not the change's: a patch repeated or overtaken still ends right.
      await (await deps.officeFor(calendar.receiver)).updateEvent(
        calendar.calendarId,
        context.booking.calendarEventId,
        { start: context.booking.startsAt, end: context.booking.endsAt, timeZone: context.link.timeZone },
      );
    },

    async cancel_event(_row, context) {
      if (!context.booking.calendarEventId) return;
      const calendar = await eventCalendarOf(context);
      if (!calendar) return;
      await (await deps.officeFor(calendar.receiver)).cancelEvent(
        calendar.calendarId,
        context.booking.calendarEventId,
      );
    },

    async send_change_notices(row, context) {
      // A later change has its own notices, which carry the booking as it is now: this one would repeat them.
      if (row.revision < context.booking.icsSequence) return;
      const holdsEvents = (await eventCalendarOf(context)) !== null;
      const details = detailsOf(context);
      if (context.booking.status === 'cancelled') {
        const why = {
          reason: context.booking.cancelReason ?? undefined,
          cancelledBy: context.booking.cancelledBy ?? undefined,
        };
        await sendOnce(row, 'recipient', bookingCancellation(details, 'recipient', why));
        await sendOnce(
          row,
          'owner',
          bookingCancellation(details, 'owner', { ...why, calendarCopy: !holdsEvents }),
        );
        return;
      }
      await sendOnce(row, 'recipient', bookingRescheduled(details, 'recipient'));
      await sendOnce(row, 'owner', bookingRescheduled(details, 'owner', { calendarCopy: !holdsEvents }));
    },
  };

  /** Performs the claimed row's effect and settles the row; a run that lost its claim settles nothing. */
  async function perform(row: SideEffectRow, token: string): Promise<SideEffectOutcome> {
    try {
      const context = await deps.bookings.load(row.bookingId);
      // A cancelled booking needs no new event, contact, follow-up or update: only its cancellation still runs.
      const isWanted =
        context !== null &&
        (context.booking.status === 'confirmed' || KINDS_FOR_CANCELLED_BOOKINGS.includes(row.kind));
      if (context && isWanted) await handlers[row.kind](row, context);
      await deps.sideEffects.markDone(row.id, deps.clock.now());
      return 'done';
    } catch (error) {
      if (isPermanentDeliveryFailure(error)) {
        const isDead = await deps.sideEffects.markDead(row.id, token, describeError(error));
        return isDead ? 'dead' : 'busy';
      }
      const status = await deps.sideEffects.recordFailure(
        row.id,
        token,
        describeError(error),
        deps.maxAttempts,
      );
      if (status === null) return 'busy';
      return status === 'dead' ? 'dead' : 'retry';
    }
  }

  return async (sideEffectId: string): Promise<SideEffectOutcome> => {
    const claim = await deps.sideEffects.claim(sideEffectId, deps.claimLeaseMs);
    if (claim === 'settled') return 'skipped';
    if (claim === 'held') return 'busy';
    const { row, token } = claim;
    const stopRenewing = keepClaimAlive(() => deps.sideEffects.renewClaim(row.id, token, deps.claimLeaseMs), {
      everyMs: deps.claimLeaseMs / RENEWALS_PER_LEASE,
      maxRenewals: RENEWALS_PER_LEASE * MAX_LEASES_HELD,
    });
    try {
      return await perform(row, token);
    } finally {
      stopRenewing();
    }
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
