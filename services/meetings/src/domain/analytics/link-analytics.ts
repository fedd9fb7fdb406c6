import type { FieldError } from '../shared/domain-error';

export const MAX_ANALYTICS_DAYS = 366;
export const DEFAULT_ANALYTICS_DAYS = 30;

/** view: the booking page opened; booked, cancelled, rescheduled: what happened to its bookings, when it did. */
export type AnalyticsKind = 'view' | 'booked' | 'cancelled' | 'rescheduled';

/** Events of one kind on one local date of the link's zone. */
export interface DailyCount {
  date: string;
  kind: AnalyticsKind;
  count: number;
}

export interface DayStats {
  date: string;
  views: number;
  bookings: number;
  cancellations: number;
  reschedules: number;
}

const FIELD_BY_KIND = {
  view: 'views',
  booked: 'bookings',
  cancelled: 'cancellations',
  rescheduled: 'reschedules',
} as const satisfies Record<AnalyticsKind, keyof Omit<DayStats, 'date'>>;

export interface LinkAnalytics {
  from: string;
  to: string;
  timeZone: string;
  views: number;
  bookings: number;
  cancellations: number;
  reschedules: number;
  /** bookings / views; 0 when nothing was viewed. */
  conversionRate: number;
  series: DayStats[];
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Local dates are calendar arithmetic only: treating them as UTC midnights keeps every day 24 h long. */
export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && addDays(value, 0) === value;
}

export function validateAnalyticsRange(from: string, to: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!isLocalDate(from)) errors.push({ path: 'query.from', message: 'must be a real date as YYYY-MM-DD' });
  if (!isLocalDate(to)) errors.push({ path: 'query.to', message: 'must be a real date as YYYY-MM-DD' });
  if (errors.length > 0) return errors;
  const span = daysBetween(from, to) + 1;
  if (span < 1) errors.push({ path: 'query.to', message: 'must not be before from' });
  else if (span > MAX_ANALYTICS_DAYS)
    errors.push({ path: 'query.to', message: `must be at most ${MAX_ANALYTICS_DAYS} days after from` });
  return errors;
}

/** Totals and a series with every day of [from, to] present, zeros included. */
export function summarizeAnalytics(
  range: { from: string; to: string; timeZone: string },
  counts: DailyCount[],
): LinkAnalytics {
  const byDate = new Map<string, DayStats>();
  for (let date = range.from; date <= range.to; date = addDays(date, 1))
    byDate.set(date, { date, views: 0, bookings: 0, cancellations: 0, reschedules: 0 });
  for (const { date, kind, count } of counts) {
    const day = byDate.get(date);
    if (!day) continue;
    day[FIELD_BY_KIND[kind]] += count;
  }
  const series = [...byDate.values()];
  const total = (field: keyof Omit<DayStats, 'date'>) => series.reduce((sum, day) => sum + day[field], 0);
  const views = total('views');
  const bookings = total('bookings');
  return {
    ...range,
    views,
    bookings,
    cancellations: total('cancellations'),
    reschedules: total('reschedules'),
    conversionRate: views === 0 ? 0 : Math.round((bookings / views) * 10_000) / 10_000,
    series,
  };
}
