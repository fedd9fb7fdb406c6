import type { Interval } from '@bookings/availability';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { BusyTimePort, OwnerMeeting } from '../../../ports/busy-time';
import type { Db } from '../client';
import { bookings } from '../schema';

/** The owner's confirmed bookings (all links) overlapping a range, each with its own link's buffers. */
export async function selectOwnerMeetings(db: Db, ownerId: string, range: Interval): Promise<OwnerMeeting[]> {
  const rows = await db
    .select({
      bookingId: bookings.id,
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
  return rows.map((row) => ({
    bookingId: row.bookingId,
    linkId: row.linkId,
    start: row.startsAt.getTime(),
    end: row.endsAt.getTime(),
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
  }));
}

/** Busy time from the owner's own confirmed bookings; calendar busy blocks join here once calendars connect. */
export function createBookingsBusyTime(db: Db): BusyTimePort {
  return {
    async getBusy(ownerId, range) {
      return { busy: [], bookings: await selectOwnerMeetings(db, ownerId, range) };
    },
  };
}
