import { and, eq, gt, lt } from 'drizzle-orm';
import type { BusyTimePort } from '../../../ports/busy-time';
import type { Db } from '../client';
import { bookings } from '../schema';

/** Busy time from the owner's own confirmed bookings; calendar busy blocks join here once calendars connect. */
export function createBookingsBusyTime(db: Db): BusyTimePort {
  return {
    async getBusy(ownerId, range) {
      const rows = await db
        .select({
          linkId: bookings.linkId,
          startsAt: bookings.startsAt,
          endsAt: bookings.endsAt,
          bufferBeforeMinutes: bookings.bufferBeforeMinutes,
          bufferAfterMinutes: bookings.bufferAfterMinutes,
        })
        .from(bookings)
        .where(
          and(
            eq(bookings.ownerId, ownerId),
            eq(bookings.status, 'confirmed'),
            lt(bookings.startsAt, new Date(range.end)),
            gt(bookings.endsAt, new Date(range.start)),
          ),
        );
      return {
        busy: [],
        bookings: rows.map((row) => ({
          linkId: row.linkId,
          start: row.startsAt.getTime(),
          end: row.endsAt.getTime(),
          bufferBeforeMinutes: row.bufferBeforeMinutes,
          bufferAfterMinutes: row.bufferAfterMinutes,
        })),
      };
    },
  };
}
