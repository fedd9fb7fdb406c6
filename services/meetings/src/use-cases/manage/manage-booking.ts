import { createHash } from 'node:crypto';
import {
  assertAttendeeMayChange,
  canAttendeeChange,
  changeDeadline,
} from '../../domain/booking/change-rules';
import { DomainError } from '../../domain/shared/domain-error';
import type { BookingsRepository, ManagedBooking, StoredBooking } from '../../ports/bookings';
import type { Clock } from '../../ports/clock';
import type { TokenGenerator } from '../../ports/secrets';
import type { CancelBooking, IdempotentAnswer, RescheduleBooking } from '../bookings/change-booking';
import {
  cancelledError,
  type ListRescheduleSlots,
  meetingMinutes,
  offeredDurations,
} from '../bookings/list-reschedule-slots';
import { avatarUrl } from '../profile/present-profile';
import { type AvailabilityQuery, checkAvailabilityQuery } from '../public/list-public-availability';

export interface ManageBookingDeps {
  bookings: Pick<BookingsRepository, 'findByManageTokenHash'>;
  tokens: Pick<TokenGenerator, 'hash'>;
  cancelBooking: CancelBooking;
  rescheduleBooking: RescheduleBooking;
  listRescheduleSlots: ListRescheduleSlots;
  clock: Clock;
  botProtection: boolean;
  publicBaseUrl: string;
}

/** What comes with a manage request besides its body, as for a booking. */
export interface ManageRequestMeta {
  idempotencyKey?: string | undefined;
  ip: string;
}

const unknownToken = () =>
  new DomainError('not_found', 'This link to manage a booking is not valid. Check the link in your email.');

const hashRequest = (request: unknown) => createHash('sha256').update(JSON.stringify(request)).digest('hex');

/**
 * The attendee's side of a booking, reached through the manage token in their emails (no sign-in). Reading it
 * changes nothing: mail scanners open links. Cancel and reschedule go through the same change flows as the
 * owner's, held to the link's rules and its change window.
 */
export function makeManageBooking(deps: ManageBookingDeps) {
  async function findManaged(token: string): Promise<ManagedBooking & { tokenHash: string }> {
    const tokenHash = deps.tokens.hash(token);
    const managed = await deps.bookings.findByManageTokenHash(tokenHash);
    if (!managed) throw unknownToken();
    return { ...managed, tokenHash };
  }

  function present(managed: ManagedBooking, booking: StoredBooking, now: Date) {
    const { link, owner } = managed;
    const { minChangeNoticeMinutes } = link;
    const canChange =
      booking.status === 'confirmed' && canAttendeeChange(booking.startsAt, minChangeNoticeMinutes, now);
    const durations = offeredDurations(managed);
    return {
      booking: {
        id: booking.id,
        status: booking.status,
        start: booking.startsAt.toISOString(),
        end: booking.endsAt.toISOString(),
        duration: meetingMinutes(booking),
        timeZone: booking.recipientTimeZone,
        recipient: { name: booking.recipientName, email: booking.recipientEmail },
        joinUrl: booking.conferenceUrl,
        cancelledAt: booking.cancelledAt?.toISOString() ?? null,
        cancelledBy: booking.cancelledBy,
        cancelReason: booking.cancelReason,
        rescheduledAt: booking.rescheduledAt?.toISOString() ?? null,
      },
      title: link.title,
      description: link.description,
      ownerName: owner.name || owner.email.split('@')[0] || '',
      ownerAvatarUrl: avatarUrl(deps.publicBaseUrl, owner.avatarDigest),
      linkTimeZone: link.settings.timeZone,
      durations,
      changeableUntil: changeDeadline(booking.startsAt, minChangeNoticeMinutes).toISOString(),
      canCancel: canChange,
      canReschedule: canChange && link.isBookable,
      botProtection: deps.botProtection,
    };
  }

  function answerFor(
    managed: ManagedBooking,
    scope: string,
    meta: ManageRequestMeta,
    request: unknown,
  ): IdempotentAnswer<ReturnType<typeof present>> {
    return {
      present: (booking) => present(managed, booking, deps.clock.now()),
      idempotency: meta.idempotencyKey
        ? { scope, key: meta.idempotencyKey, requestHash: hashRequest(request) }
        : undefined,
    };
  }

  return {
    async openManagedBooking(token: string) {
      const managed = await findManaged(token);
      return present(managed, managed.booking, deps.clock.now());
    },

    async cancelManagedBooking(
      token: string,
      request: { reason?: string | undefined },
      meta: ManageRequestMeta,
    ) {
      const managed = await findManaged(token);
      const reason = request.reason ?? null;
      return deps.cancelBooking(
        { ownerId: managed.booking.ownerId, bookingId: managed.booking.id },
        { reason },
        { by: 'attendee', ip: meta.ip, minChangeNoticeMinutes: managed.link.minChangeNoticeMinutes },
        answerFor(managed, `manage-cancel:${managed.tokenHash}`, meta, { reason }),
      );
    },

    async rescheduleManagedBooking(
      token: string,
      request: { start: Date; duration: number },
      meta: ManageRequestMeta,
    ) {
      const managed = await findManaged(token);
      return deps.rescheduleBooking(
        { ownerId: managed.booking.ownerId, bookingId: managed.booking.id },
        request,
        { by: 'attendee', ip: meta.ip, minChangeNoticeMinutes: managed.link.minChangeNoticeMinutes },
        answerFor(managed, `manage-reschedule:${managed.tokenHash}`, meta, {
          start: request.start.toISOString(),
          duration: request.duration,
        }),
      );
    },

    /** The link's free slots for moving this booking: its own time counts as free. */
    async listManageAvailability(token: string, query: AvailabilityQuery) {
      const timeZone = checkAvailabilityQuery(query);
      const managed = await findManaged(token);
      const { booking, link } = managed;
      const now = deps.clock.now();
      if (booking.status === 'cancelled') throw cancelledError();
      assertAttendeeMayChange(booking.startsAt, link.minChangeNoticeMinutes, now);
      if (!link.isBookable) {
        throw new DomainError(
          'link_inactive',
          'This booking page is switched off, so the meeting cannot be moved online. Please contact the person you booked with.',
        );
      }
      return deps.listRescheduleSlots(managed, query, { now, timeZone });
    },
  };
}

export type ManageBooking = ReturnType<typeof makeManageBooking>;
