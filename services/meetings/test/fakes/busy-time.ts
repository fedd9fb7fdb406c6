import type { Interval } from '@bookings/availability';
import type { BusyTimePort } from '../../src/ports/busy-time';
import type { MemoryStore } from './memory-store';

/** The owner's busy time over memory: the calendar's blocks given here, and the store's confirmed bookings. */
export function memoryBusyTime(store: MemoryStore, calendar: Interval[] = []): BusyTimePort {
  return {
    getBusy: async (ownerId, range) => ({
      busy: calendar.filter((block) => block.start < range.end && range.start < block.end),
      bookings: ownerMeetingsIn(store, ownerId, range),
    }),
  };
}

/** The owner's confirmed meetings overlapping `range`, as the booking rules read them (with their buffers). */
export function ownerMeetingsIn(store: MemoryStore, ownerId: string, range: Interval) {
  return store.bookings
    .filter((row) => row.ownerId === ownerId && row.status === 'confirmed')
    .filter((row) => row.startsAt.getTime() < range.end && range.start < row.endsAt.getTime())
    .map((row) => ({
      bookingId: row.id,
      linkId: row.linkId,
      start: row.startsAt.getTime(),
      end: row.endsAt.getTime(),
      bufferBeforeMinutes: row.bufferBeforeMinutes,
      bufferAfterMinutes: row.bufferAfterMinutes,
    }));
}
