import type { Schemas } from '@bookings/api-client';

/**
 * What the link wizard edits: the API's link settings, with numbers kept as typed text until saved so a
 * half-typed value survives Back/Next. Field paths match the server's (`settings.durations`), so server
 * errors land beside the same fields as client-side ones.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const DURATION_PRESETS = [15, 30, 60, 120] as const;

/** The API's own types (generated from openapi.yaml): the wizard edits exactly what the service accepts. */
export type TimeRange = Schemas['TimeRange'];
export type LinkSettings = Schemas['LinkSettings'];
/** A day off, named when it came from a holiday calendar. */
export type ExcludedDate = Schemas['ExcludedDate'];
/** One local date's own hours; empty ranges close the date. */
export type DateOverride = Schemas['DateOverride'];

export interface LinkInput {
  title: string;
  description: string;
  templateId: string | null;
  settings: LinkSettings;
  /** How long before a meeting its attendee may still cancel or move it (the owner always may). */
  minChangeNoticeMinutes: number;
}

export interface LinkDraft {
  title: string;
  description: string;
  templateId: string | null;
  timeZone: string;
  weeklyHours: Record<Weekday, TimeRange[]>;
  excludedDates: ExcludedDate[];
  dateOverrides: DateOverride[];
  durations: number[];
  defaultDuration: number | null;
  videoCall: boolean;
  slotStepMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  maxPerDay: string;
  maxPerWeek: string;
  minNoticeMinutes: string;
  minAdvanceDays: string;
  maxAdvanceDays: string;
  minChangeNoticeMinutes: string;
}

export type { FieldErrors } from '../../../lib/field-errors';

const WORKDAY: TimeRange[] = [{ start: '09:00', end: '17:00' }];

/**
 * The service's defaults (Mon–Fri 09:00–17:00 in the owner's zone, 30 min, 60 days ahead, 4 h notice; attendees
 * may change a meeting until a day before).
 */
export function createDraft(timeZone: string): LinkDraft {
  return {
    title: '',
    description: '',
    templateId: null,
    timeZone,
    weeklyHours: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
    excludedDates: [],
    dateOverrides: [],
    durations: [30],
    defaultDuration: 30,
    videoCall: false,
    slotStepMinutes: '',
    bufferBeforeMinutes: '0',
    bufferAfterMinutes: '0',
    maxPerDay: '',
    maxPerWeek: '',
    minNoticeMinutes: '240',
    minAdvanceDays: '0',
    maxAdvanceDays: '60',
    minChangeNoticeMinutes: '1440',
  };
}

export function draftFromLink(link: LinkInput): LinkDraft {
  const { settings } = link;
  return {
    title: link.title,
    description: link.description,
    templateId: link.templateId,
    timeZone: settings.timeZone,
    weeklyHours: settings.weeklyHours,
    excludedDates: settings.excludedDates,
    dateOverrides: settings.dateOverrides,
    durations: settings.durations,
    defaultDuration: settings.defaultDuration,
    videoCall: settings.videoCall,
    slotStepMinutes: settings.slotStepMinutes === null ? '' : String(settings.slotStepMinutes),
    bufferBeforeMinutes: String(settings.bufferBeforeMinutes),
    bufferAfterMinutes: String(settings.bufferAfterMinutes),
    maxPerDay: settings.maxPerDay === null ? '' : String(settings.maxPerDay),
    maxPerWeek: settings.maxPerWeek === null ? '' : String(settings.maxPerWeek),
    minNoticeMinutes: String(settings.minNoticeMinutes),
    minAdvanceDays: String(settings.minAdvanceDays),
    maxAdvanceDays: String(settings.maxAdvanceDays),
    minChangeNoticeMinutes: String(link.minChangeNoticeMinutes),
  };
}

/** Only call on a draft that passed `validateDraft`: every number is then well-formed. */
export function draftToLinkInput(draft: LinkDraft): LinkInput {
  const durations = [...draft.durations].sort((a, b) => a - b);
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    templateId: draft.templateId,
    settings: {
      timeZone: draft.timeZone,
      weeklyHours: draft.weeklyHours,
      excludedDates: byDate(draft.excludedDates),
      dateOverrides: byDate(draft.dateOverrides),
      durations,
      defaultDuration: draft.defaultDuration ?? durations[0] ?? 30,
      videoCall: draft.videoCall,
      slotStepMinutes: optionalWhole(draft.slotStepMinutes),
      bufferBeforeMinutes: whole(draft.bufferBeforeMinutes),
      bufferAfterMinutes: whole(draft.bufferAfterMinutes),
      maxPerDay: optionalWhole(draft.maxPerDay),
      maxPerWeek: optionalWhole(draft.maxPerWeek),
      minNoticeMinutes: whole(draft.minNoticeMinutes),
      minAdvanceDays: whole(draft.minAdvanceDays),
      maxAdvanceDays: whole(draft.maxAdvanceDays),
    },
    minChangeNoticeMinutes: whole(draft.minChangeNoticeMinutes),
  };
}

function byDate<T extends { date: string }>(entries: T[]): T[] {
  return [...entries].sort((left, right) => left.date.localeCompare(right.date));
}

/** The weekday of a local 'YYYY-MM-DD' date, whatever the browser's zone. */
export function weekdayOfDate(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'mon';
}

/** "Thu, 24 Dec 2026": a local date as people read it, never shifted by the browser's zone. */
export function formatLocalDate(date: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

function whole(text: string): number {
  return Number.parseInt(text.trim(), 10);
}

function optionalWhole(text: string): number | null {
  return text.trim() === '' ? null : whole(text);
}
