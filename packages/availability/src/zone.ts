// Zone maths from Intl alone, keyed by UTC day so each day costs at most one Intl call per zone.
// Everything is computed from epoch milliseconds and Date.UTC-free civil arithmetic: the process's
// own zone (TZ) can never leak in.
import {
  dayNumberFromCivil,
  formatDayNumber,
  MS_PER_DAY,
  MS_PER_MINUTE,
  parseLocalDateOrThrow,
} from './civil-date';

interface UtcDayOffsets {
  startOffset: number;
  endOffset: number;
  /** First instant carrying endOffset; +Infinity when the offset does not change during the UTC day. */
  transitionAt: number;
}

interface ZoneCache {
  formatter: Intl.DateTimeFormat;
  boundaryOffsets: Map<number, number>;
  days: Map<number, UtcDayOffsets>;
}

/** Bounds memory in a long-running process; a cleared zone simply re-asks Intl. */
const MAX_CACHED_DAYS_PER_ZONE = 50_000;
const MS_PER_SECOND = 1000;

const zoneCaches = new Map<string, ZoneCache>();

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

export function isValidTimeZone(timeZone: string): boolean {
  // Only IANA names: fixed offsets like "+05:00" are refused even where Intl accepts them.
  if (typeof timeZone !== 'string' || timeZone.length === 0 || /^[+-]/.test(timeZone)) return false;
  // A zone already in use is valid: no new Intl.DateTimeFormat (the costly part) on every request.
  if (zoneCaches.has(timeZone)) return true;
  try {
    getZoneCache(timeZone);
    return true;
  } catch {
    return false;
  }
}

function getZoneCache(timeZone: string): ZoneCache {
  let cache = zoneCaches.get(timeZone);
  if (!cache) {
    cache = { formatter: createFormatter(timeZone), boundaryOffsets: new Map(), days: new Map() };
    zoneCaches.set(timeZone, cache);
  }
  return cache;
}

/** Offset (local wall time minus UTC, in ms) at a whole-second instant, straight from Intl. */
function readOffsetFromIntl(formatter: Intl.DateTimeFormat, instant: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter.formatToParts(instant)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  const wall =
    dayNumberFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * MS_PER_SECOND;
  return wall - instant;
}

function getBoundaryOffset(cache: ZoneCache, utcDay: number): number {
  let offset = cache.boundaryOffsets.get(utcDay);
  if (offset === undefined) {
    offset = readOffsetFromIntl(cache.formatter, utcDay * MS_PER_DAY);
    cache.boundaryOffsets.set(utcDay, offset);
  }
  return offset;
}

/** Binary search (to the second) for the first instant in (low, high] whose offset differs from low's. */
function findTransition(cache: ZoneCache, low: number, high: number, lowOffset: number): number {
  let before = low;
  let after = high;
  while (after - before > MS_PER_SECOND) {
    const middle = before + Math.floor((after - before) / (2 * MS_PER_SECOND)) * MS_PER_SECOND;
    if (readOffsetFromIntl(cache.formatter, middle) === lowOffset) before = middle;
    else after = middle;
  }
  return after;
}

function getUtcDayOffsets(cache: ZoneCache, utcDay: number): UtcDayOffsets {
  let offsets = cache.days.get(utcDay);
  if (offsets) return offsets;
  if (cache.days.size >= MAX_CACHED_DAYS_PER_ZONE) {
    cache.days.clear();
    cache.boundaryOffsets.clear();
  }
  const startOffset = getBoundaryOffset(cache, utcDay);
  const endOffset = getBoundaryOffset(cache, utcDay + 1);
  // Assumes at most one offset change per UTC day, which holds for every zone in use today.
  const transitionAt =
    startOffset === endOffset
      ? Number.POSITIVE_INFINITY
      : findTransition(cache, utcDay * MS_PER_DAY, (utcDay + 1) * MS_PER_DAY, startOffset);
  offsets = { startOffset, endOffset, transitionAt };
  cache.days.set(utcDay, offsets);
  return offsets;
}

function offsetAt(cache: ZoneCache, instant: number): number {
  const offsets = getUtcDayOffsets(cache, Math.floor(instant / MS_PER_DAY));
  return instant < offsets.transitionAt ? offsets.startOffset : offsets.endOffset;
}

function findTransitionBetween(cache: ZoneCache, low: number, high: number): number {
  for (let utcDay = Math.floor(low / MS_PER_DAY); utcDay <= Math.floor(high / MS_PER_DAY); utcDay++) {
    const { transitionAt } = getUtcDayOffsets(cache, utcDay);
    if (transitionAt > low && transitionAt <= high) return transitionAt;
  }
  return high;
}

/**
 * A handle on one zone's cached offsets. Resolve it once per computation and reuse it: the engine's
 * hot paths then do Map look-ups only.
 */
export type Zone = ZoneCache;

export function resolveZone(timeZone: string): Zone {
  return getZoneCache(timeZone);
}

/**
 * Instant of a local wall time given as "ms since 1970-01-01T00:00 local".
 * A wall time inside a gap maps to the first instant after the gap; an ambiguous one to the earlier
 * offset, i.e. the earlier of its two instants.
 */
export function instantOfWallTime(cache: Zone, wallTime: number): number {
  const offsetBefore = offsetAt(cache, wallTime - MS_PER_DAY);
  const offsetAfter = offsetAt(cache, wallTime + MS_PER_DAY);
  if (offsetBefore === offsetAfter) return wallTime - offsetBefore;
  const withBefore = wallTime - offsetBefore;
  const withAfter = wallTime - offsetAfter;
  const isBeforeValid = offsetAt(cache, withBefore) === offsetBefore;
  const isAfterValid = offsetAt(cache, withAfter) === offsetAfter;
  if (isBeforeValid && isAfterValid) return Math.min(withBefore, withAfter);
  if (isBeforeValid) return withBefore;
  if (isAfterValid) return withAfter;
  return findTransitionBetween(cache, Math.min(withBefore, withAfter), Math.max(withBefore, withAfter));
}

export function localDayNumberOf(zone: Zone, instant: number): number {
  return Math.floor((instant + offsetAt(zone, instant)) / MS_PER_DAY);
}

export function localDateOf(instant: number, timeZone: string): string {
  return formatDayNumber(localDayNumberOf(resolveZone(timeZone), instant));
}

const HHMM_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of "HH:MM" ("24:00" = 1440); throws on anything else. */
export function parseMinuteOfDay(hhmm: string): number {
  if (hhmm === '24:00') return 24 * 60;
  const match = HHMM_PATTERN.exec(hhmm);
  if (!match) throw new RangeError(`Invalid local time "${hhmm}", expected HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function zonedTimeToInstant(localDate: string, hhmm: string, timeZone: string): number {
  const wallTime = parseLocalDateOrThrow(localDate) * MS_PER_DAY + parseMinuteOfDay(hhmm) * MS_PER_MINUTE;
  return instantOfWallTime(resolveZone(timeZone), wallTime);
}
