import {
  bookingCancellation,
  bookingConfirmationForOwner,
  bookingConfirmationForRecipient,
  type EmailMessage,
  type EmailPort,
  followUpEmail,
} from '@bookings/email';
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

export interface RunSideEffectDeps {
  sideEffects: Pick<
    SideEffectsRepository,
    'find' | 'markDone' | 'recordFailure' | 'hasDelivered' | 'recordDelivery'
  >;
  bookings: SideEffectBookingsRepository;
  connections: Pick<CalendarConnectionsRepository, 'findEventReceiver'>;
  officeFor: OfficeFor;
  email: EmailPort;
  clock: Clock;
  publicBaseUrl: string;
  maxAttempts: number;
}

export type SideEffectOutcome = 'done' | 'retry' | 'dead' | 'skipped';

type Handler = (row: SideEffectRow, context: SideEffectBooking) => Promise<void>;

/**
 * Runs one side effect. Every handler is idempotent, so a retry after a crash or a timeout repeats nothing
 * that already happened: the event is created under the booking's own id, each email is recorded once sent.
 * A failure is counted on the row; the job queue retries (with backoff) until the last attempt, after which
 * the row is dead and the owner sees why.
 */
export function makeRunSideEffect(deps: RunSideEffectDeps) {
  async function sendOnce(row: SideEffectRow, recipient: 'recipient' | 'owner', message: EmailMessage) {
    if (await deps.sideEffects.hasDelivered(row.id, recipient)) return;
    const { messageId } = await deps.email.send(message);
    await deps.sideEffects.recordDelivery(row.id, recipient, messageId);
  }

  const handlers: Record<SideEffectKind, Handler> = {
    async create_event(_row, context) {
      if (context.booking.calendarEventId) return;
      const receiver = await deps.connections.findEventReceiver(context.booking.ownerId);
      // Without a calendar that receives events, the booking itself is the only record of the meeting.
      if (!receiver?.eventCalendarId) return;
      const office = await deps.officeFor(receiver);
      const created = await office.createEvent(receiver.eventCalendarId, {
        id: context.booking.id,
        title: `${context.link.title}: ${context.booking.recipientName}`,
        description: describeEvent(context),
        start: context.booking.startsAt,
        end: context.booking.endsAt,
        timeZone: context.link.timeZone,
        attendees: [{ email: context.booking.recipientEmail, name: context.booking.recipientName }],
        withConference: context.link.videoCall,
      });
      await deps.bookings.setCalendarEventId(context.booking.id, created.eventId);
    },

    async send_confirmations(row, context) {
      const details = toBookingDetails(context, deps.publicBaseUrl);
      await sendOnce(row, 'recipient', bookingConfirmationForRecipient(details));
      await sendOnce(row, 'owner', bookingConfirmationForOwner(details));
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
      await sendOnce(row, 'recipient', followUpEmail(toBookingDetails(context, deps.publicBaseUrl)));
    },

    async update_event(_row, context) {
      // No event yet: create_event, when it runs, creates it at the booking's current time.
      if (!context.booking.calendarEventId) return;
      const receiver = await deps.connections.findEventReceiver(context.booking.ownerId);
      if (!receiver?.eventCalendarId) return;
      await (await deps.officeFor(receiver)).updateEvent(
        receiver.eventCalendarId,
        context.booking.calendarEventId,
        {
          start: context.booking.startsAt,
          end: context.booking.endsAt,
          timeZone: context.link.timeZone,
        },
      );
    },

    async cancel_event(_row, context) {
      if (!context.booking.calendarEventId) return;
      const receiver = await deps.connections.findEventReceiver(context.booking.ownerId);
      if (!receiver?.eventCalendarId) return;
      await (await deps.officeFor(receiver)).cancelEvent(
        receiver.eventCalendarId,
        context.booking.calendarEventId,
      );
    },

    async send_change_notices(row, context) {
      // A later change has its own notices, which carry the booking as it is now: this one would repeat them.
      if (row.revision < context.booking.icsSequence) return;
      const details = toBookingDetails(context, deps.publicBaseUrl);
      if (context.booking.status === 'cancelled') {
        await sendOnce(row, 'recipient', bookingCancellation(details, 'recipient'));
        await sendOnce(row, 'owner', bookingCancellation(details, 'owner'));
        return;
      }
      await sendOnce(row, 'recipient', bookingConfirmationForRecipient(details));
      await sendOnce(row, 'owner', bookingConfirmationForOwner(details));
    },
  };

  return async (sideEffectId: string): Promise<SideEffectOutcome> => {
    const row = await deps.sideEffects.find(sideEffectId);
    if (!row || row.status !== 'pending') return 'skipped';
    const context = await deps.bookings.load(row.bookingId);
    // A cancelled booking needs no new event, contact, follow-up or update: only its cancellation still runs.
    const isWanted =
      context !== null &&
      (context.booking.status === 'confirmed' || KINDS_FOR_CANCELLED_BOOKINGS.includes(row.kind));
    try {
      if (context && isWanted) await handlers[row.kind](row, context);
      await deps.sideEffects.markDone(row.id, deps.clock.now());
      return 'done';
    } catch (error) {
      const status = await deps.sideEffects.recordFailure(row.id, describeError(error), deps.maxAttempts);
      return status === 'dead' ? 'dead' : 'retry';
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
