import { canonicalTimeZone } from '@bookings/availability/time-zone-names';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { addMonths, type CalendarMonth, compareMonths, monthOf } from '../../../lib/calendar';
import { detectTimeZone } from '../../../lib/time-zones';
import { formatLocalDate, localDateOf, startOfLocalDate } from '../../../lib/zoned-time';
import type { Availability, AvailabilityWindow, Slot } from '../api/public-booking';

/** Free times are fetched in fixed windows from the moment the page opened; index.html asks for the first. */
export const WINDOW_DAYS = 35;
export const DAY_MS = 86_400_000;
/** How far ahead the calendar lets a visitor page (the link's own limits usually end sooner). */
const MONTHS_AHEAD = 12;

const floorToMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** Where free times come from: a booking link's availability, or a booking's own (the manage page). */
export interface AvailabilitySource {
  /** The cache key every window's query starts with. */
  queryKey: readonly unknown[];
  fetchWindow: (window: AvailabilityWindow) => Promise<Availability>;
  /** Where the first window starts when its request already left (index.html); read once. */
  readEarlyOrigin?: () => number | null;
}

export interface BookingWindowOptions {
  defaultDuration: number;
  /** The zone times are first shown in; default: the browser's. */
  initialTimeZone?: string;
}

/**
 * What the visitor is looking at: zone, meeting length, month and day, and the free times behind them.
 * Windows overlapping the shown month are fetched (cached per zone and length); on a booking page the first
 * window's request is the one index.html started, so the first times arrive with the link.
 */
export function useBookingWindow(source: AvailabilitySource, options: BookingWindowOptions) {
  const [timeZone, setTimeZone] = useState(() => initialTimeZoneOf(options));
  const [duration, setDuration] = useState(options.defaultDuration);
  const [origin] = useState(() => windowOriginOf(source));
  const [chosenMonth, setChosenMonth] = useState<CalendarMonth | null>(null);
  const [chosenDate, setChosenDate] = useState<string | null>(null);

  const today = formatLocalDate(localDateOf(new Date(origin), timeZone));
  const firstMonth = monthOf(today);
  const lastMonth = addMonths(firstMonth, MONTHS_AHEAD);

  const optionsOf = (index: number) => windowQueryOptions(source, { origin, index, duration, timeZone });
  const first = useQuery(optionsOf(0));
  const firstOpenDate = first.data?.days.find((day) => day.slots.length > 0)?.date ?? null;
  // Until the visitor pages, the calendar opens on the month of the first free day.
  const month = chosenMonth ?? (firstOpenDate ? monthOf(firstOpenDate) : firstMonth);

  const windows = windowsOverlapping(month, timeZone, origin);
  // A month (31 days at most) overlaps at most two windows of 35 days: two fixed queries, the second idle when the
  // month fits in one (plain useQuery keeps useQueries' observer out of the visitor's download).
  const firstOfMonth = useQuery({ ...optionsOf(windows[0] ?? 0), enabled: windows.length > 0 });
  const secondOfMonth = useQuery({ ...optionsOf(windows[1] ?? 0), enabled: windows.length > 1 });
  const results = [firstOfMonth, secondOfMonth].slice(0, windows.length);
  const slotsByDate = useMemo(() => mergeDays(results.map((result) => result.data?.days ?? [])), [results]);

  const isLoading = results.some((result) => result.isPending);
  const error = results.find((result) => result.error)?.error ?? null;
  const prefix = `${month.year}-${String(month.month).padStart(2, '0')}`;
  const openDates = [...slotsByDate.keys()].filter((date) => date.startsWith(prefix)).sort();
  // A chosen day stays chosen while it is in the shown month and still has times; otherwise the first open one.
  const selectedDate =
    chosenDate && openDates.includes(chosenDate) ? chosenDate : isLoading ? null : (openDates[0] ?? null);

  return {
    timeZone,
    setTimeZone: (zone: string) => {
      setTimeZone(canonicalTimeZone(zone));
      setChosenDate(null);
    },
    duration,
    setDuration: (minutes: number) => {
      setDuration(minutes);
      setChosenDate(null);
    },
    today,
    month,
    firstMonth,
    lastMonth,
    showMonth: (next: CalendarMonth) => {
      if (compareMonths(next, firstMonth) < 0 || compareMonths(next, lastMonth) > 0) return;
      setChosenMonth(next);
      setChosenDate(null);
    },
    slotsByDate,
    openDates,
    selectedDate,
    selectDate: setChosenDate,
    slotsOfSelectedDate: selectedDate ? (slotsByDate.get(selectedDate) ?? []) : [],
    isLoading,
    error,
    refetch: () => Promise.all(results.map((result) => result.refetch())),
  };
}

export type BookingWindow = ReturnType<typeof useBookingWindow>;

/**
 * The query of the first window exactly as useBookingWindow will first ask for it, so the page can load it before
 * its first render (which then shows times, not a skeleton).
 */
export function firstWindowQueryOptions(source: AvailabilitySource, options: BookingWindowOptions) {
  return windowQueryOptions(source, {
    origin: windowOriginOf(source),
    index: 0,
    duration: options.defaultDuration,
    timeZone: initialTimeZoneOf(options),
  });
}

function initialTimeZoneOf(options: BookingWindowOptions): string {
  return canonicalTimeZone(options.initialTimeZone ?? detectTimeZone());
}

/** Where the windows start: where index.html's request started them, or now. */
function windowOriginOf(source: AvailabilitySource): number {
  return source.readEarlyOrigin?.() ?? floorToMinute(Date.now());
}

/** Window `index` (each WINDOW_DAYS long) after `origin`, for one meeting length and zone. */
function windowQueryOptions(
  source: AvailabilitySource,
  {
    origin,
    index,
    duration,
    timeZone,
  }: { origin: number; index: number; duration: number; timeZone: string },
) {
  const window = {
    from: new Date(origin + index * WINDOW_DAYS * DAY_MS).toISOString(),
    to: new Date(origin + (index + 1) * WINDOW_DAYS * DAY_MS).toISOString(),
    duration,
    timeZone,
  };
  return queryOptions({
    queryKey: [...source.queryKey, window] as const,
    queryFn: () => source.fetchWindow(window),
    staleTime: 60_000,
  });
}

/** Indexes of the fetch windows that hold any part of `month` in `timeZone`. */
function windowsOverlapping(month: CalendarMonth, timeZone: string, origin: number): number[] {
  const start = startOfLocalDate({ year: month.year, month: month.month, day: 1 }, timeZone).getTime();
  const next = addMonths(month, 1);
  const end = startOfLocalDate({ year: next.year, month: next.month, day: 1 }, timeZone).getTime();
  if (end <= origin) return [];
  const span = WINDOW_DAYS * DAY_MS;
  const firstIndex = Math.max(0, Math.floor((start - origin) / span));
  const lastIndex = Math.floor((end - 1 - origin) / span);
  return Array.from({ length: lastIndex - firstIndex + 1 }, (_, offset) => firstIndex + offset);
}

/** One list of times per day: a day that straddles two windows gets both halves, in order, once. */
function mergeDays(windows: { date: string; slots: Slot[] }[][]): Map<string, Slot[]> {
  const byDate = new Map<string, Map<string, Slot>>();
  for (const days of windows) {
    for (const day of days) {
      const slots = byDate.get(day.date) ?? new Map<string, Slot>();
      for (const slot of day.slots) slots.set(slot.start, slot);
      byDate.set(day.date, slots);
    }
  }
  const merged = new Map<string, Slot[]>();
  for (const [date, slots] of byDate) {
    if (slots.size > 0)
      merged.set(
        date,
        [...slots.values()].sort((a, b) => a.start.localeCompare(b.start)),
      );
  }
  return merged;
}
