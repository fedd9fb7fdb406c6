import { type AvailabilityInput, countBookings, type Interval } from '@bookings/availability';
import { type LinkSettings, toAvailabilityRules } from '../../domain/links/link-settings';
import type { BusyTimePort, OwnerMeeting } from '../../ports/busy-time';

const MS_PER_DAY = 86_400_000;
/**
 * How far beyond the requested range bookings are read: a whole ISO week for the weekly cap, one more day
 * for the zone's offset, and longer than any buffer (at most 12 h) so neighbours still block.
 */
export const AVAILABILITY_MARGIN_MS = 8 * MS_PER_DAY;

export interface AvailabilityRequest {
  link: { id: string; ownerId: string; settings: LinkSettings };
  /** Minutes, one of the link's durations. */
  duration: number;
  now: Date;
  /** Slots starting in this range are wanted. */
  range: Interval;
  /** A one-time link's owner-picked slots: offer exactly those still free. */
  pickedSlots?: Interval[] | undefined;
  /**
   * A booking being rescheduled: it counts for nothing (busy time, buffers, caps), so it can move onto or next to
   * its own time. Its calendar event is part of the calendars' busy time until the move reaches the provider,
   * so its meeting time is taken out of that too.
   */
  ignoredBooking?: { id: string; meeting: Interval } | undefined;
}

/** The range whose busy time and bookings decide the slots of `range`. */
export const widenForAvailability = (range: Interval): Interval => ({
  start: range.start - AVAILABILITY_MARGIN_MS,
  end: range.end + AVAILABILITY_MARGIN_MS,
});

/** The engine's input from what was loaded: calendar busy blocks and the owner's confirmed meetings. */
export function assembleAvailabilityInput(
  request: AvailabilityRequest,
  calendarBusy: Interval[],
  ownerMeetings: OwnerMeeting[],
): AvailabilityInput {
  const { link, ignoredBooking } = request;
  const meetings = ignoredBooking
    ? ownerMeetings.filter((meeting) => meeting.bookingId !== ignoredBooking.id)
    : ownerMeetings;
  const busy = ignoredBooking ? subtractInterval(calendarBusy, ignoredBooking.meeting) : calendarBusy;
  const thisLinksStarts = meetings.filter((meeting) => meeting.linkId === link.id).map((m) => m.start);
  return {
    rules: toAvailabilityRules(link.settings),
    duration: request.duration,
    now: request.now.getTime(),
    range: request.range,
    busy,
    bookings: meetings.map(({ start, end, bufferBeforeMinutes, bufferAfterMinutes }) => ({
      start,
      end,
      bufferBeforeMinutes,
      bufferAfterMinutes,
    })),
    counts: countBookings(thisLinksStarts, link.settings.timeZone),
    ...(request.pickedSlots ? { pickedSlots: request.pickedSlots } : {}),
  };
}

/** The parts of each block outside `hole`. */
export function subtractInterval(blocks: Interval[], hole: Interval): Interval[] {
  return blocks.flatMap((block) => {
    if (block.end <= hole.start || block.start >= hole.end) return [block];
    const parts: Interval[] = [];
    if (block.start < hole.start) parts.push({ start: block.start, end: hole.start });
    if (block.end > hole.end) parts.push({ start: hole.end, end: block.end });
    return parts;
  });
}

/**
 * Everything the availability engine needs for one link, loaded through ports: the link's rules, the
 * owner's busy time, all the owner's confirmed bookings (each with its own link's buffers) and this link's
 * booking counts. Owner settings and public availability read the engine's input from here; booking
 * assembles the same input from reads inside its transaction.
 */
export function makeLoadAvailabilityInput(deps: { busyTime: BusyTimePort }) {
  return async function loadAvailabilityInput(request: AvailabilityRequest): Promise<AvailabilityInput> {
    const { busy, bookings } = await deps.busyTime.getBusy(
      request.link.ownerId,
      widenForAvailability(request.range),
    );
    return assembleAvailabilityInput(request, busy, bookings);
  };
}

export type LoadAvailabilityInput = ReturnType<typeof makeLoadAvailabilityInput>;
