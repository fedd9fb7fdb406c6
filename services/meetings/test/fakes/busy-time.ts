import type { Interval } from '@bookings/availability';
import type { BusyTimePort } from '../../src/ports/busy-time';
import type { MemoryStore } from './memory-store';

/** The owner's busy time over memory: the calendar's blocks given here, and the store's confirmed bookings. */
export function memoryBusyTime(store: MemoryStore, calendar: Interval[] = []): BusyTimePort {
  return {
    getBusy: async (ownerId, range) => ({
      busy: calendar.filter((block) => block.start < range.end && range.start < block.end),
      bookings: store.bookings
        .filter((row) => row.ownerId === ownerId && row.status === 'confirmed')
        .filter((row) => row.startsAt.getTime() < range.end && range.start < row.endsAt.getTime())
        .map((row) => ({
          bookingId: row.id,
          linkId: row.linkId,
          start: row.startsAt.getTime(),
          end: row.endsAt.getTime(),
          bufferBeforeMinutes: row.bufferBeforeMinutes,
          bufferAfterMinutes: row.bufferAfterMinutes,
        })),
    }),
  };
}
