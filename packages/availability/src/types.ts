export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Local wall-clock range "HH:MM"-"HH:MM", half-open [start, end); `end` may be "24:00". */
export interface TimeRange {
  start: string;
  end: string;
}

/** Hours of one local 'YYYY-MM-DD' date in the rules' zone, read like a weekday's ranges. */
export interface DateOverride {
  date: string;
  ranges: TimeRange[];
}

export interface AvailabilityRules {
  /** IANA zone every rule below is read in. */
  timeZone: string;
  weeklyHours: Record<Weekday, TimeRange[]>;
  /** Local 'YYYY-MM-DD' dates in `timeZone` with nothing offered. */
  excludedDates: string[];
  /**
   * Local dates whose own ranges replace their weekday's hours (empty ranges: closed). An excluded date stays
   * closed even when it is also overridden; callers reject such settings before they get here.
   */
  dateOverrides: DateOverride[];
  /** Allowed durations in minutes. */
  durations: number[];
  /** Distance between candidate starts in minutes; null means the chosen duration. */
  slotStepMinutes: number | null;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** This link's confirmed bookings per local day in `timeZone`. */
  maxPerDay: number | null;
  /** This link's confirmed bookings per ISO week (Mon-Sun) of the local date. */
  maxPerWeek: number | null;
  minNoticeMinutes: number;
  /** The slot's local date must be >= today(local) + minAdvanceDays. */
  minAdvanceDays: number;
  /** The slot's local date must be <= today(local) + maxAdvanceDays. */
  maxAdvanceDays: number;
}

/** Epoch milliseconds, half-open [start, end). */
export interface Interval {
  start: number;
  end: number;
}

/** A confirmed booking of the owner, carrying the buffers of the link it was booked through. */
export interface BookedMeeting extends Interval {
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

/** Keys: local 'YYYY-MM-DD' and ISO week 'YYYY-Www' in the link's zone. */
export interface BookingCounts {
  perDay: ReadonlyMap<string, number>;
  perWeek: ReadonlyMap<string, number>;
}

export interface AvailabilityInput {
  rules: AvailabilityRules;
  /** Minutes, chosen by the visitor; must be one of rules.durations. */
  duration: number;
  now: number;
  /** Requested window: a slot is listed when its START lies in [range.start, range.end). */
  range: Interval;
  /** Calendar busy blocks: unsorted, may overlap. */
  busy: Interval[];
  /** ALL confirmed bookings of the owner (every link), each with its own link's buffers. */
  bookings: BookedMeeting[];
  /** THIS link's confirmed bookings counted per local day / ISO week in rules.timeZone. */
  counts: BookingCounts;
  /** One-time link with owner-picked slots: offer exactly those still free. */
  pickedSlots?: Interval[];
}

export type SlotRejection =
  | 'duration_not_allowed'
  | 'off_grid'
  | 'outside_hours'
  | 'excluded_date'
  | 'too_soon'
  | 'outside_advance_window'
  | 'day_full'
  | 'week_full'
  | 'busy'
  | 'not_offered';

export type SlotCheck = { ok: true; slot: Interval } | { ok: false; reason: SlotRejection };
