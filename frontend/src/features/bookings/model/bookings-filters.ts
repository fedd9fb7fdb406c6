import type { operations } from '@bookings/api-client';
import { addDays, parseLocalDate, startOfLocalDate } from '../../../lib/zoned-time';

export type BookingsWhen = 'upcoming' | 'past' | 'all';
export type BookingsStatus = 'all' | 'confirmed' | 'cancelled';
export type BookingsQuery = NonNullable<operations['listBookings']['parameters']['query']>;

/**
 * What the owner asked the list for, as the page's URL carries it (`?q=&link=&status=&when=&from=&to=`), so a
 * filtered list can be reloaded, shared and reached with Back. Dates are local days of the owner's zone, both
 * included.
 */
export interface BookingsFilters {
  q: string;
  linkId: string;
  status: BookingsStatus;
  when: BookingsWhen;
  from: string;
  to: string;
}

export const DEFAULT_FILTERS: BookingsFilters = {
  q: '',
  linkId: '',
  status: 'all',
  when: 'upcoming',
  from: '',
  to: '',
};

/** The service's limit on the search text. */
export const MAX_SEARCH_LENGTH = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly BookingsStatus[] = ['all', 'confirmed', 'cancelled'];
const WHENS: readonly BookingsWhen[] = ['upcoming', 'past', 'all'];

/** Dates the API takes (years 1970–2199); anything else in the URL is dropped rather than sent. */
function readDate(text: string | null): string {
  const date = text ? parseLocalDate(text) : null;
  return date && date.year >= 1970 && date.year <= 2199 ? (text ?? '') : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** A hand-edited or stale URL never breaks the page: unknown values fall back to the defaults. */
export function readBookingsFilters(params: URLSearchParams): BookingsFilters {
  const linkId = params.get('link') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    linkId: UUID.test(linkId) ? linkId : '',
    status: oneOf(STATUSES, params.get('status'), DEFAULT_FILTERS.status),
    when: oneOf(WHENS, params.get('when'), DEFAULT_FILTERS.when),
    from: readDate(params.get('from')),
    to: readDate(params.get('to')),
  };
}

/** Only what differs from the defaults, so the plain list keeps a plain URL. */
export function writeBookingsFilters(filters: BookingsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.linkId) params.set('link', filters.linkId);
  if (filters.status !== DEFAULT_FILTERS.status) params.set('status', filters.status);
  if (filters.when !== DEFAULT_FILTERS.when) params.set('when', filters.when);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

export function hasActiveFilters(filters: BookingsFilters): boolean {
  return writeBookingsFilters(filters).toString() !== '';
}

/** Why the date range cannot be asked for, or undefined when it can. */
export function dateRangeError(filters: BookingsFilters): string | undefined {
  if (filters.from && filters.to && filters.to < filters.from) return 'Must be on or after the first day.';
  return undefined;
}

/**
 * The list request for these filters in the owner's zone: `from` is the first instant of the first day, `to`
 * the first instant after the last one. A range that ends before it starts is left out (the form says why).
 */
export function toBookingsQuery(
  filters: BookingsFilters,
  timeZone: string,
): Omit<BookingsQuery, 'limit' | 'cursor'> {
  const query: Omit<BookingsQuery, 'limit' | 'cursor'> = { when: filters.when };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.linkId) query.linkId = filters.linkId;
  if (filters.status !== 'all') query.status = filters.status;
  if (dateRangeError(filters)) return query;
  const from = parseLocalDate(filters.from);
  const to = parseLocalDate(filters.to);
  if (from) query.from = startOfLocalDate(from, timeZone).toISOString();
  if (to) query.to = startOfLocalDate(addDays(to, 1), timeZone).toISOString();
  return query;
}
