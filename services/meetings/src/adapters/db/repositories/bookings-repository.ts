import { and, eq, gt, lt, lte, type SQL } from 'drizzle-orm';
import type { BookingsFilter, BookingsRepository, BookingView } from '../../../ports/bookings';
import type { Db } from '../client';
import { bookingLinks, bookings } from '../schema';
import { afterCursor, pageOrder } from './paging';

const columns = {
  id: bookings.id,
  linkId: bookings.linkId,
  linkTitle: bookingLinks.title,
  oneTimeLinkId: bookings.oneTimeLinkId,
  status: bookings.status,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  recipientName: bookings.recipientName,
  recipientEmail: bookings.recipientEmail,
  recipientTimeZone: bookings.recipientTimeZone,
  answers: bookings.answers,
  calendarEventId: bookings.calendarEventId,
  createdAt: bookings.createdAt,
  cancelledAt: bookings.cancelledAt,
};

type Row = Omit<BookingView, 'status' | 'answers'> & { status: string; answers: unknown };
const toView = (row: Row): BookingView => ({
  ...row,
  status: row.status === 'cancelled' ? 'cancelled' : 'confirmed',
  answers: (row.answers ?? {}) as Record<string, unknown>,
});

function whenCondition(filter: BookingsFilter): SQL | undefined {
  if (filter.when === 'upcoming') return gt(bookings.endsAt, filter.now);
  if (filter.when === 'past') return lte(bookings.endsAt, filter.now);
  return undefined;
}

export function createBookingsRepository(db: Db): BookingsRepository {
  return {
    async listOwned(ownerId, filter, page) {
      // Past bookings read latest first; everything else in the order it happens.
      const direction = filter.when === 'past' ? 'desc' : 'asc';
      const rows = await db
        .select(columns)
        .from(bookings)
        .innerJoin(bookingLinks, eq(bookingLinks.id, bookings.linkId))
        .where(
          and(
            eq(bookings.ownerId, ownerId),
            filter.linkId ? eq(bookings.linkId, filter.linkId) : undefined,
            filter.from ? gt(bookings.endsAt, filter.from) : undefined,
            filter.to ? lt(bookings.startsAt, filter.to) : undefined,
            whenCondition(filter),
            afterCursor(bookings.startsAt, bookings.id, page.after, direction),
          ),
        )
        .orderBy(...pageOrder(bookings.startsAt, bookings.id, direction))
        .limit(page.limit);
      return rows.map(toView);
    },
  };
}
