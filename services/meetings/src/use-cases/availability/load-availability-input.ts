import { type AvailabilityInput, countBookings, type Interval } from '@bookings/availability';
import type { LinkSettings } from '../../domain/links/link-settings';
import type { BusyTimePort } from '../../ports/busy-time';

const MS_PER_DAY = 86_400_000;
/**
 * How far beyond the requested range bookings are read: a whole ISO week for the weekly cap, one more day
 * for the zone's offset, and longer than any buffer (at most 12 h) so neighbours still block.
 */
const MARGIN_MS = 8 * MS_PER_DAY;

export interface AvailabilityRequest {
  link: { id: string; ownerId: string; settings: LinkSettings };
  /** Minutes, one of the link's durations. */
  duration: number;
  now: Date;
  /** Slots starting in this range are wanted. */
  range: Interval;
  /** A one-time link's owner-picked slots: offer exactly those still free. */
  pickedSlots?: Interval[] | undefined;
}

/**
 * Everything the availability engine needs for one link, loaded through ports: the link's rules, the
 * owner's busy time, all the owner's confirmed bookings (each with its own link's buffers) and this link's
 * booking counts. Owner settings, public availability and booking all read the engine's input from here.
 */
export function makeLoadAvailabilityInput(deps: { busyTime: BusyTimePort }) {
  return async function loadAvailabilityInput(request: AvailabilityRequest): Promise<AvailabilityInput> {
    const { link, range } = request;
    const { busy, bookings } = await deps.busyTime.getBusy(link.ownerId, {
      start: range.start - MARGIN_MS,
      end: range.end + MARGIN_MS,
    });
    const thisLinksStarts = bookings.filter((booking) => booking.linkId === link.id).map((b) => b.start);
    return {
      rules: link.settings,
      duration: request.duration,
      now: request.now.getTime(),
      range,
      busy,
      bookings: bookings.map(({ start, end, bufferBeforeMinutes, bufferAfterMinutes }) => ({
        start,
        end,
        bufferBeforeMinutes,
        bufferAfterMinutes,
      })),
      counts: countBookings(thisLinksStarts, link.settings.timeZone),
      ...(request.pickedSlots ? { pickedSlots: request.pickedSlots } : {}),
    };
  };
}

export type LoadAvailabilityInput = ReturnType<typeof makeLoadAvailabilityInput>;
