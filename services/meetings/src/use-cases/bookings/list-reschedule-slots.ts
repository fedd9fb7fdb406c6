import { DomainError } from '../../domain/shared/domain-error';
import type { ManagedBooking, StoredBooking } from '../../ports/bookings';
import type { LoadAvailabilityInput } from '../availability/load-availability-input';
import { type AvailabilityQuery, presentAvailability } from '../public/list-public-availability';

const MS_PER_MINUTE = 60_000;

export const meetingMinutes = (booking: Pick<StoredBooking, 'startsAt' | 'endsAt'>) =>
  Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / MS_PER_MINUTE);

/** The lengths a booking may be moved to: a one-time link's picked slots' lengths, or the link's durations. */
export function offeredDurations(managed: ManagedBooking): number[] {
  if (!managed.pickedSlots) return managed.link.settings.durations;
  const lengths = managed.pickedSlots.map((slot) =>
    Math.round((slot.end.getTime() - slot.start.getTime()) / MS_PER_MINUTE),
  );
  return [...new Set(lengths)].sort((a, b) => a - b);
}

export const cancelledError = () =>
  new DomainError('booking_cancelled', 'This meeting was cancelled; book a new one instead.');

/**
 * The link's free slots to move a booking to, exactly as its booking page would offer them (a one-time link's
 * picked slots included), with the booking itself left out of busy time, buffers and caps.
 */
export function makeListRescheduleSlots(deps: { loadAvailabilityInput: LoadAvailabilityInput }) {
  return async function listRescheduleSlots(
    managed: ManagedBooking,
    query: AvailabilityQuery,
    options: { now: Date; timeZone: string | null },
  ) {
    const { booking, link } = managed;
    if (booking.status === 'cancelled') throw cancelledError();
    const durations = offeredDurations(managed);
    const current = meetingMinutes(booking);
    const duration =
      query.duration ?? (durations.includes(current) ? current : link.settings.defaultDuration);
    if (!durations.includes(duration)) {
      throw new DomainError('duration_not_allowed', `This link offers ${durations.join(', ')} minutes.`);
    }
    const input = await deps.loadAvailabilityInput({
      link: { id: link.id, ownerId: booking.ownerId, settings: link.settings },
      duration,
      now: options.now,
      range: { start: query.from.getTime(), end: query.to.getTime() },
      pickedSlots: managed.pickedSlots?.map((slot) => ({
        start: slot.start.getTime(),
        end: slot.end.getTime(),
      })),
      ignoredBooking: {
        id: booking.id,
        meeting: { start: booking.startsAt.getTime(), end: booking.endsAt.getTime() },
      },
    });
    return presentAvailability(input, options.timeZone ?? link.settings.timeZone);
  };
}

export type ListRescheduleSlots = ReturnType<typeof makeListRescheduleSlots>;
