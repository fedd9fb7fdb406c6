import { DomainError } from '../../domain/shared/domain-error';
import type { BookingsRepository } from '../../ports/bookings';
import type { Clock } from '../../ports/clock';
import type { SideEffectsRepository } from '../../ports/side-effects';
import { type AvailabilityQuery, checkAvailabilityQuery } from '../public/list-public-availability';
import type { CancelBooking, RescheduleBooking, RescheduleRequest } from './change-booking';
import type { ListRescheduleSlots } from './list-reschedule-slots';
import { presentBooking } from './present-booking';

interface Deps {
  bookings: Pick<BookingsRepository, 'findOwned' | 'findManagedOwned'>;
  listRescheduleSlots: ListRescheduleSlots;
  clock: Clock;
  sideEffects: Pick<SideEffectsRepository, 'listForBooking'>;
  cancelBooking: CancelBooking;
  rescheduleBooking: RescheduleBooking;
}

const notFound = (id: string) => new DomainError('not_found', `No booking with id ${id}.`);

/** The owner's own bookings: one with what followed it, cancel, reschedule. Another owner's booking is a 404. */
export function makeOwnerBookingUseCases(deps: Deps) {
  async function present(ownerId: string, id: string) {
    const booking = await deps.bookings.findOwned(ownerId, id);
    if (!booking) throw notFound(id);
    return presentBooking(booking);
  }

  return {
    async getBooking(ownerId: string, id: string) {
      const [booking, sideEffects] = await Promise.all([
        present(ownerId, id),
        deps.sideEffects.listForBooking(ownerId, id),
      ]);
      return { booking, sideEffects: sideEffects ?? [] };
    },

    /** The booking page's free slots to move it to, its own time counting as free; the owner may also pick any free time. */
    async listOwnRescheduleSlots(ownerId: string, id: string, query: AvailabilityQuery) {
      const timeZone = checkAvailabilityQuery(query);
      const managed = await deps.bookings.findManagedOwned(ownerId, id);
      if (!managed) throw notFound(id);
      return deps.listRescheduleSlots(managed, query, { now: deps.clock.now(), timeZone });
    },

    async cancelOwnBooking(ownerId: string, id: string, request: { reason?: string | undefined }) {
      await deps.cancelBooking(
        { ownerId, bookingId: id },
        { reason: request.reason ?? null },
        { by: 'owner' },
        { present: () => null },
      );
      return present(ownerId, id);
    },

    async rescheduleOwnBooking(ownerId: string, id: string, request: RescheduleRequest) {
      await deps.rescheduleBooking(
        { ownerId, bookingId: id },
        request,
        { by: 'owner' },
        { present: () => null },
      );
      return present(ownerId, id);
    },
  };
}
