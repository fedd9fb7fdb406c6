import { isOfficeError } from '@bookings/office';
import { DomainError } from '../../domain/shared/domain-error';
import type { CalendarBusyPort } from '../../ports/calendar-busy-time';
import type { CalendarConnectionsRepository } from '../../ports/calendar-connections';
import type { Clock } from '../../ports/clock';
import type { OfficeFor } from '../../ports/provider-offices';

type Interval = { start: Date; end: Date };

export interface CalendarBusyTime extends CalendarBusyPort {
  /** Forget the owner's cached busy time (after a booking or a change of calendars). */
  invalidate(ownerId: string): void;
}

export interface CalendarBusyTimeDeps {
  connections: Pick<CalendarConnectionsRepository, 'listByOwner'>;
  officeFor: OfficeFor;
  clock: Clock;
  cacheSeconds: number;
  onProviderError?: (error: unknown, context: { ownerId: string; connectionId: string }) => void;
}

const DAY_MS = 24 * 3600 * 1000;
const UNAVAILABLE =
  "This person's calendar cannot be checked right now, so no times can be offered safely. Please try again in a few minutes.";

/**
 * Busy time = union over every connection of the owner of its selected calendars (multi-calendar overlay).
 * Answers are cached per owner and whole-UTC-day range so the pages of one visit share one provider call.
 * Fails closed: a provider that fails, or a connection that must be reconnected, makes availability answer
 * 503 calendar_unavailable rather than offer slots that may be busy.
 */
export function createCalendarBusyTime(deps: CalendarBusyTimeDeps): CalendarBusyTime {
  const cache = new Map<string, Map<string, { at: number; busy: Interval[] }>>();
  const inFlight = new Map<string, Promise<Interval[]>>();
  // A fetch that started before an invalidation must not refill the cache with what it read.
  const generations = new Map<string, number>();
  const ttlMs = deps.cacheSeconds * 1000;

  async function fetchBusy(ownerId: string, range: Interval): Promise<Interval[]> {
    const connections = await deps.connections.listByOwner(ownerId);
    if (connections.some((connection) => connection.status === 'needs_reconnect')) {
      throw new DomainError('calendar_unavailable', UNAVAILABLE);
    }
    const selected = connections.filter((connection) => connection.busyCalendarIds.length > 0);
    const perConnection = await Promise.all(
      selected.map(async (connection) => {
        try {
          const office = await deps.officeFor(connection);
          return await office.getBusy(range, connection.busyCalendarIds);
        } catch (error) {
          deps.onProviderError?.(error, { ownerId, connectionId: connection.id });
          if (isOfficeError(error) || error instanceof Error)
            throw new DomainError('calendar_unavailable', UNAVAILABLE);
          throw error;
        }
      }),
    );
    return mergeIntervals(perConnection.flat().map(({ start, end }) => ({ start, end })));
  }

  return {
    async getBusy(ownerId, range) {
      const bucket = {
        start: new Date(Math.floor(range.start.getTime() / DAY_MS) * DAY_MS),
        end: new Date(Math.ceil(range.end.getTime() / DAY_MS) * DAY_MS),
      };
      const key = `${bucket.start.toISOString()}/${bucket.end.toISOString()}`;
      const now = deps.clock.now().getTime();
      const cached = cache.get(ownerId)?.get(key);
      let busy: Interval[];
      if (cached && now - cached.at < ttlMs) {
        busy = cached.busy;
      } else {
        const generation = generations.get(ownerId) ?? 0;
        const flightKey = `${ownerId} ${generation} ${key}`;
        let flight = inFlight.get(flightKey);
        if (!flight) {
          flight = fetchBusy(ownerId, bucket).finally(() => inFlight.delete(flightKey));
          inFlight.set(flightKey, flight);
        }
        busy = await flight;
        if (ttlMs > 0 && generation === (generations.get(ownerId) ?? 0)) {
          const forOwner = cache.get(ownerId) ?? new Map();
          forOwner.set(key, { at: now, busy });
          cache.set(ownerId, forOwner);
        }
      }
      return busy.filter((block) => block.start < range.end && block.end > range.start);
    },
    invalidate(ownerId) {
      cache.delete(ownerId);
      generations.set(ownerId, (generations.get(ownerId) ?? 0) + 1);
    },
  };
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start.getTime() <= last.end.getTime()) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push({ start: interval.start, end: interval.end });
    }
  }
  return merged;
}
