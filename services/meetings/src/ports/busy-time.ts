import type { BookedMeeting, Interval } from '@bookings/availability';

/** A confirmed booking of the owner, with the buffers of the link it came through. */
export interface OwnerMeeting extends BookedMeeting {
  bookingId: string;
  linkId: string;
}

export interface BusyTime {
  /** Busy blocks of the owner's connected calendars. */
  busy: Interval[];
  /** Every confirmed booking of the owner (all links) overlapping the range. */
  bookings: OwnerMeeting[];
}

/** What keeps an owner from being booked in a range (epoch milliseconds). */
export interface BusyTimePort {
  getBusy(ownerId: string, range: Interval): Promise<BusyTime>;
}
