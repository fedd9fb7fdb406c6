import { DomainError } from '../../domain/shared/domain-error';
import type { BookingsFilter, BookingsRepository, BookingView } from '../../ports/bookings';
import type { Clock } from '../../ports/clock';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';

interface Deps {
  bookings: Pick<BookingsRepository, 'listOwned'>;
  clock: Clock;
}

export interface ListBookingsQuery extends PageQuery {
  linkId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  when?: BookingsFilter['when'] | undefined;
}

function presentBooking(booking: BookingView) {
  return {
    id: booking.id,
    linkId: booking.linkId,
    linkTitle: booking.linkTitle,
    oneTimeLinkId: booking.oneTimeLinkId,
    status: booking.status,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    recipient: {
      name: booking.recipientName,
      email: booking.recipientEmail,
      timeZone: booking.recipientTimeZone,
    },
    answers: booking.answers,
    calendarEventId: booking.calendarEventId,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
  };
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
    const filter: BookingsFilter = {
      linkId: query.linkId,
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
