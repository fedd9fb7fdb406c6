import type { Interval } from '@bookings/availability';
import { and, eq, gt, lt, type Placeholder, sql } from 'drizzle-orm';
import type { BusyTimePort, OwnerMeeting } from '../../../ports/busy-time';
import type { Db } from '../client';
import { bookings } from '../schema';
import { preparedOnce } from './prepared';

/**
 * The owner's confirmed bookings (all links) overlapping [start, end): values, or placeholders of a prepared query.
 * The read under the booking lock says the same in SQL, in the function of migration 0013.
 */
export function confirmedMeetingsOverlapping(
  ownerId: string | Placeholder,
  start: Date | Placeholder,
  end: Date | Placeholder,
) {
  return and(
    eq(bookings.ownerId, ownerId),
    eq(bookings.status, 'confirmed'),
    lt(bookings.startsAt, end),
    gt(bookings.endsAt, start),
  );
}

/** The owner's confirmed bookings (all links) overlapping a range, each with its own link's buffers. */
export async function selectOwnerMeetings(db: Db, ownerId: string, range: Interval): Promise<OwnerMeeting[]> {
  const rows = await db
    .select(meetingColumns)
    .from(bookings)
    .where(confirmedMeetingsOverlapping(ownerId, new Date(range.start), new Date(range.end)));
  return rows.map(toOwnerMeeting);
}

const meetingColumns = {
  bookingId: bookings.id,
  linkId: bookings.linkId,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  bufferBeforeMinutes: bookings.bufferBeforeMinutes,
  bufferAfterMinutes: bookings.bufferAfterMinutes,
};

function toOwnerMeeting(row: {
  bookingId: string;
  linkId: string;
  startsAt: Date;
  endsAt: Date;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}): OwnerMeeting {
  return {
    bookingId: row.bookingId,
    linkId: row.linkId,
    start: row.startsAt.getTime(),
    end: row.endsAt.getTime(),
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
  };
}

/** Busy time from the owner's own confirmed bookings; calendar busy blocks join here once calendars connect. */
export function createBookingsBusyTime(db: Db): BusyTimePort {
  // Every availability answer computed reads these: prepared once (see prepared.ts).
  const meetingsOverlapping = preparedOnce(() =>
    db
      .select(meetingColumns)
      .from(bookings)
      .where(
        confirmedMeetingsOverlapping(
          sql.placeholder('ownerId'),
          sql.placeholder('start'),
          sql.placeholder('end'),
        ),
      )
      .prepare('owner_meetings_overlapping'),
  );
  return {
    async getBusy(ownerId, range) {
      const rows = await meetingsOverlapping().execute({
        ownerId,
        start: new Date(range.start),
        end: new Date(range.end),
      });
      return { busy: [], bookings: rows.map(toOwnerMeeting) };
    },
  };
}
