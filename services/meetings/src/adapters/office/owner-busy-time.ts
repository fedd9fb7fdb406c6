import type { BusyTimePort } from '../../ports/busy-time';
import type { CalendarBusyPort } from '../../ports/calendar-busy-time';

/** The owner's bookings (from our database) plus the busy blocks of their connected calendars. */
export function withCalendarBusyTime(bookingsBusy: BusyTimePort, calendars: CalendarBusyPort): BusyTimePort {
  return {
    async getBusy(ownerId, range) {
      const [own, calendarBusy] = await Promise.all([
        bookingsBusy.getBusy(ownerId, range),
        calendars.getBusy(ownerId, { start: new Date(range.start), end: new Date(range.end) }),
      ]);
      return {
        busy: [
          ...own.busy,
          ...calendarBusy.map((block) => ({ start: block.start.getTime(), end: block.end.getTime() })),
        ],
        bookings: own.bookings,
      };
    },
  };
}
