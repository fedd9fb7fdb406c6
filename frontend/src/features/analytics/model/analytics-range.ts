import { addDays, formatLocalDate, parseLocalDate } from '../../../lib/zoned-time';

/** The service's limits: at most 366 days, both ends included, years 1970–2199. */
export const MAX_RANGE_DAYS = 366;
export const FIRST_DATE = '1970-01-01';
export const LAST_DATE = '2199-12-31';

export interface AnalyticsRange {
  from: string;
  to: string;
}

export interface RangeErrors {
  from?: string;
  to?: string;
}

function isDateInBounds(text: string): boolean {
  return parseLocalDate(text) !== null && text >= FIRST_DATE && text <= LAST_DATE;
}

/** `date` moved by `days` calendar days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function shiftDate(date: string, days: number): string {
  const parsed = parseLocalDate(date);
  return parsed ? formatLocalDate(addDays(parsed, days)) : date;
}

export function validateAnalyticsRange(range: AnalyticsRange): RangeErrors {
  const errors: RangeErrors = {};
  if (!isDateInBounds(range.from)) errors.from = 'Enter a date between 1970 and 2199.';
  if (!isDateInBounds(range.to)) errors.to = 'Enter a date between 1970 and 2199.';
  if (errors.from || errors.to) return errors;
  if (range.to < range.from) errors.to = 'Must be on or after the first day.';
  else if (shiftDate(range.from, MAX_RANGE_DAYS - 1) < range.to)
    errors.to = `At most ${MAX_RANGE_DAYS} days: pick a later first day or an earlier last day.`;
  return errors;
}

/** The range in the page's URL, or null (the service's default, the last 30 days) when absent or unusable. */
export function readAnalyticsRange(params: URLSearchParams): AnalyticsRange | null {
  const range = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const errors = validateAnalyticsRange(range);
  return errors.from || errors.to ? null : range;
}
