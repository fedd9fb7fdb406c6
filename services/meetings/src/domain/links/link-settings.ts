import {
  type AvailabilityRules,
  isValidTimeZone,
  type TimeRange,
  type Weekday,
} from '@bookings/availability';
import type { FieldError } from '../shared/domain-error';

/** A day off, named when it came from a holiday calendar or the owner gave it a name. */
export interface ExcludedDate {
  date: string;
  label?: string;
}

/** A link's rules: what the availability engine reads (days off named), plus the duration offered first. */
export interface LinkSettings extends Omit<AvailabilityRules, 'excludedDates'> {
  excludedDates: ExcludedDate[];
  defaultDuration: number;
  /** Each booking's calendar event gets a video call (Google Meet or Microsoft Teams, by the calendar). */
  videoCall: boolean;
}

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DURATION_PRESETS = [15, 30, 60, 120] as const;
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 720;
export const MAX_ADVANCE_DAYS = 365;
export const MAX_LISTED_DATES = 500;

const OFFICE_HOURS = [{ start: '09:00', end: '17:00' }];

/** What a new link offers until the owner changes it: office hours in the owner's zone, 30 minutes, 60 days. */
export function defaultLinkSettings(timeZone: string): LinkSettings {
  return {
    timeZone,
    weeklyHours: {
      mon: [...OFFICE_HOURS],
      tue: [...OFFICE_HOURS],
      wed: [...OFFICE_HOURS],
      thu: [...OFFICE_HOURS],
      fri: [...OFFICE_HOURS],
      sat: [],
      sun: [],
    },
    excludedDates: [],
    dateOverrides: [],
    durations: [30],
    defaultDuration: 30,
    videoCall: false,
    slotStepMinutes: null,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    maxPerDay: null,
    maxPerWeek: null,
    minNoticeMinutes: 240,
    minAdvanceDays: 0,
    maxAdvanceDays: 60,
  };
}

export type LinkSettingsPatch = Partial<Omit<LinkSettings, 'weeklyHours' | 'excludedDates'>> & {
  weeklyHours?: Partial<LinkSettings['weeklyHours']>;
  /** Plain dates (as clients sent before days off had names) or named ones. */
  excludedDates?: (string | ExcludedDate)[];
};

/** A partial update: top-level fields replace, weekdays replace one by one (a day left out keeps its hours). */
export function mergeLinkSettings(current: LinkSettings, patch: LinkSettingsPatch): LinkSettings {
  const { weeklyHours, excludedDates, ...rest } = patch;
  return {
    ...current,
    ...rest,
    ...(excludedDates ? { excludedDates: excludedDates.map(toExcludedDate) } : {}),
    weeklyHours: { ...current.weeklyHours, ...weeklyHours },
  };
}

const toExcludedDate = (entry: string | ExcludedDate): ExcludedDate =>
  typeof entry === 'string' ? { date: entry } : entry;

/** What the engine reads: the days off without their names. */
export function toAvailabilityRules(settings: LinkSettings): AvailabilityRules {
  return { ...settings, excludedDates: settings.excludedDates.map((excluded) => excluded.date) };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Every semantic rule the schema cannot express. Paths are prefixed with `prefix` so the caller's
 * `errors[]` names the field as the client sent it (e.g. `settings.weeklyHours.mon[1].end`).
 */
export function validateLinkSettings(settings: LinkSettings, prefix = 'settings'): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ path: `${prefix}.${path}`, message });

  if (!isValidTimeZone(settings.timeZone))
    fail('timeZone', 'must be an IANA time zone such as Europe/Berlin');
  for (const day of WEEKDAYS) validateDay(settings.weeklyHours[day] ?? [], `weeklyHours.${day}`, fail);

  validateDateLists(settings, fail);

  if (settings.durations.length === 0) fail('durations', 'must offer at least one duration');
  const seenDurations = new Set<number>();
  settings.durations.forEach((minutes, index) => {
    if (!isDuration(minutes)) {
      fail(
        `durations[${index}]`,
        `must be a whole number of minutes from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}`,
      );
    } else if (seenDurations.has(minutes)) fail(`durations[${index}]`, 'is listed twice');
    seenDurations.add(minutes);
  });
  if (!settings.durations.includes(settings.defaultDuration))
    fail('defaultDuration', 'must be one of the offered durations');

  if (settings.slotStepMinutes !== null && !isWholeBetween(settings.slotStepMinutes, 5, 720))
    fail('slotStepMinutes', 'must be null (the chosen duration) or 5 to 720 minutes');
  for (const field of ['bufferBeforeMinutes', 'bufferAfterMinutes'] as const) {
    if (!isWholeBetween(settings[field], 0, 720)) fail(field, 'must be 0 to 720 minutes');
  }
  for (const field of ['maxPerDay', 'maxPerWeek'] as const) {
    const cap = settings[field];
    if (cap !== null && !isWholeBetween(cap, 1, 1000)) fail(field, 'must be null (no cap) or 1 to 1000');
  }
  if (settings.maxPerDay !== null && settings.maxPerWeek !== null && settings.maxPerWeek < settings.maxPerDay)
    fail('maxPerWeek', 'must be at least maxPerDay');
  if (!isWholeBetween(settings.minNoticeMinutes, 0, MAX_ADVANCE_DAYS * 24 * 60))
    fail('minNoticeMinutes', 'must be 0 or more minutes, at most a year');
  if (!isWholeBetween(settings.minAdvanceDays, 0, MAX_ADVANCE_DAYS))
    fail('minAdvanceDays', `must be 0 to ${MAX_ADVANCE_DAYS} days`);
  if (!isWholeBetween(settings.maxAdvanceDays, 0, MAX_ADVANCE_DAYS))
    fail('maxAdvanceDays', `must be 0 to ${MAX_ADVANCE_DAYS} days`);
  else if (settings.maxAdvanceDays < settings.minAdvanceDays)
    fail('maxAdvanceDays', 'must be at least minAdvanceDays');
  return errors;
}

function validateDateLists(settings: LinkSettings, fail: (path: string, message: string) => void): void {
  if (settings.excludedDates.length > MAX_LISTED_DATES)
    fail('excludedDates', `must list at most ${MAX_LISTED_DATES} dates`);
  if (settings.dateOverrides.length > MAX_LISTED_DATES)
    fail('dateOverrides', `must list at most ${MAX_LISTED_DATES} dates`);
  const excludedIndex = new Map<string, number>();
  settings.excludedDates.forEach(({ date, label }, index) => {
    if (!isCalendarDate(date)) fail(`excludedDates[${index}].date`, 'must be a real date as YYYY-MM-DD');
    else if (excludedIndex.has(date)) fail(`excludedDates[${index}].date`, 'is listed twice');
    else excludedIndex.set(date, index);
    if (label !== undefined && label.trim() === '')
      fail(`excludedDates[${index}].label`, 'must not be blank');
  });
  const overridden = new Set<string>();
  settings.dateOverrides.forEach(({ date, ranges }, index) => {
    const path = `dateOverrides[${index}]`;
    if (!isCalendarDate(date)) fail(`${path}.date`, 'must be a real date as YYYY-MM-DD');
    else if (overridden.has(date)) fail(`${path}.date`, 'is listed twice');
    else if (excludedIndex.has(date))
      fail(
        `${path}.date`,
        `is also a day off (excludedDates[${excludedIndex.get(date)}]): remove it from one of the lists`,
      );
    overridden.add(date);
    validateDay(ranges, `${path}.ranges`, fail);
  });
}

function validateDay(
  ranges: readonly TimeRange[],
  path: string,
  fail: (path: string, message: string) => void,
): void {
  const parsed: { start: number; end: number; index: number }[] = [];
  ranges.forEach((range, index) => {
    const isStartValid = HHMM.test(range.start);
    const isEndValid = HHMM.test(range.end) || range.end === '24:00';
    if (!isStartValid) fail(`${path}[${index}].start`, 'must be a local time HH:MM (00:00 to 23:59)');
    if (!isEndValid) fail(`${path}[${index}].end`, 'must be a local time HH:MM (00:01 to 24:00)');
    if (!isStartValid || !isEndValid) return;
    const start = minuteOfDay(range.start);
    const end = minuteOfDay(range.end);
    if (end <= start) fail(`${path}[${index}].end`, 'must be after start');
    else parsed.push({ start, end, index });
  });
  parsed.sort((left, right) => left.start - right.start);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1];
    const current = parsed[i];
    if (previous && current && current.start < previous.end)
      fail(`${path}[${Math.max(previous.index, current.index)}]`, 'overlaps another range of the same day');
  }
}

const minuteOfDay = (hhmm: string): number =>
  hhmm === '24:00' ? 1440 : Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const isWholeBetween = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

const isDuration = (minutes: number): boolean =>
  isWholeBetween(minutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);

function isCalendarDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
