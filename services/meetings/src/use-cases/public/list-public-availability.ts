import {
  type AvailabilityInput,
  canonicalTimeZone,
  groupByLocalDate,
  isValidTimeZone,
  listSlots,
  toIsoInstant,
} from '@bookings/availability';
import { DomainError } from '../../domain/shared/domain-error';
import type { AnswerCache } from '../../ports/answer-cache';
import type { Clock } from '../../ports/clock';
import type { LoadAvailabilityInput } from '../availability/load-availability-input';
import type { FindBookableLink } from './resolve-public-link';

export const MAX_AVAILABILITY_RANGE_DAYS = 62;

export interface AvailabilityQuery {
  from: Date;
  to: Date;
  duration?: number | undefined;
  timeZone?: string | undefined;
}

/**
 * Free slots of a public link as UTC instants, grouped by local date in the visitor's chosen zone. A page is
 * viewed far more often than booked: the answer is kept in `answers` until the owner's data changes.
 */
export function makeListPublicAvailability(deps: {
  findBookableLink: FindBookableLink;
  loadAvailabilityInput: LoadAvailabilityInput;
  clock: Clock;
  answers: AnswerCache;
}) {
  return async function listPublicAvailability(token: string, query: AvailabilityQuery) {
    const timeZone = checkAvailabilityQuery(query);
    const key = [
      'slots',
      token,
      query.from.getTime(),
      query.to.getTime(),
      query.duration ?? '',
      timeZone ?? '',
    ].join(' ');
    return deps.answers.remember(key, () => computeAvailability(token, query, timeZone));
  };

  async function computeAvailability(token: string, query: AvailabilityQuery, timeZone: string | null) {
    const { link, oneTime } = await deps.findBookableLink(token);
    const duration = query.duration ?? link.settings.defaultDuration;
    if (!link.settings.durations.includes(duration)) {
      throw new DomainError(
        'duration_not_allowed',
        `This link offers ${link.settings.durations.join(', ')} minutes.`,
      );
    }
    const input = await deps.loadAvailabilityInput({
      link,
      duration,
      now: deps.clock.now(),
      range: { start: query.from.getTime(), end: query.to.getTime() },
      pickedSlots: oneTime?.pickedSlots?.map((slot) => ({
        start: slot.start.getTime(),
        end: slot.end.getTime(),
      })),
    });
    return { ownerId: link.ownerId, value: presentAvailability(input, timeZone ?? link.settings.timeZone) };
  }
}

/** The query's problems, all at once; answers the zone to group days in (IANA's current name), if one was asked for. */
export function checkAvailabilityQuery(query: AvailabilityQuery): string | null {
  // Days are grouped in the zone asked for, named as IANA names it now (`Asia/Calcutta` -> `Asia/Kolkata`).
  const timeZone = query.timeZone ? canonicalTimeZone(query.timeZone) : null;
  const errors = [];
  if (query.to.getTime() <= query.from.getTime())
    errors.push({ path: 'query.to', message: 'must be after from' });
  if (query.to.getTime() - query.from.getTime() > MAX_AVAILABILITY_RANGE_DAYS * 86_400_000) {
    errors.push({
      path: 'query.to',
      message: `must be at most ${MAX_AVAILABILITY_RANGE_DAYS} days after from`,
    });
  }
  if (timeZone !== null && !isValidTimeZone(timeZone)) {
    errors.push({ path: 'query.timezone', message: 'must be an IANA time zone such as Europe/Berlin' });
  }
  if (errors.length > 0)
    throw new DomainError('validation_failed', 'The availability request is invalid.', errors);
  return timeZone;
}

/** Free slots as UTC instants, grouped by local date in `zone`. */
export function presentAvailability(input: AvailabilityInput, zone: string) {
  return {
    timeZone: zone,
    duration: input.duration,
    days: groupByLocalDate(listSlots(input), zone).map((day) => ({
      date: day.date,
      slots: day.slots.map((slot) => ({
        start: toIsoInstant(slot.start),
        end: toIsoInstant(slot.end),
      })),
    })),
  };
}
