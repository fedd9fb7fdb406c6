import { DomainError } from '../../domain/shared/domain-error';
import type { BookingsFilter, BookingsRepository } from '../../ports/bookings';
import type { Clock } from '../../ports/clock';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';
import { presentBooking } from './present-booking';

interface Deps {
  bookings: Pick<BookingsRepository, 'listOwned'>;
  clock: Clock;
}

export interface ListBookingsQuery extends PageQuery {
  q?: string | undefined;
  linkId?: string | undefined;
  status?: BookingsFilter['status'];
  from?: string | undefined;
  to?: string | undefined;
  when?: BookingsFilter['when'] | undefined;
}

export function makeListBookings(deps: Deps) {
  return async function listBookings(ownerId: string, query: ListBookingsQuery) {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && to.getTime() <= from.getTime()) {
      throw new DomainError('validation_failed', 'The time range is empty.', [
        { path: 'query.to', message: 'must be after from' },
      ]);
    }
    const search = query.q?.trim();
    const filter: BookingsFilter = {
      search: search ? search : undefined,
      linkId: query.linkId,
      status: query.status,
      from,
      to,
      when: query.when ?? 'all',
      now: deps.clock.now(),
    };
    const page = await readPage(
      query,
      (request) => deps.bookings.listOwned(ownerId, filter, request),
      (booking) => ({ at: booking.startsAt, id: booking.id }),
    );
    return mapPage(page, presentBooking);
  };
}
