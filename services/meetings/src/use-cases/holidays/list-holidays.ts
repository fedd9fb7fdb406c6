import { addDays, daysBetween, isLocalDate } from '../../domain/analytics/link-analytics';
import { DomainError, type FieldError } from '../../domain/shared/domain-error';
import type { Clock } from '../../ports/clock';
import type { HolidayCalendarPort, PublicHoliday } from '../../ports/holidays';

/** A year ahead by default (the wizard's preview); two years at most per question. */
const DEFAULT_DAYS = 365;
const MAX_DAYS = 731;
const DEFAULT_LANGUAGE = 'en';

interface Deps {
  holidays: HolidayCalendarPort;
  clock: Clock;
}

export interface ListHolidaysQuery {
  country: string;
  region?: string | undefined;
  /** Local dates, both included; `from` defaults to today (UTC), `to` to a year after `from`. */
  from?: string | undefined;
  to?: string | undefined;
  language?: string | undefined;
}

export function makeListHolidayCountries(deps: Pick<Deps, 'holidays'>) {
  return async function listHolidayCountries(query: { language?: string | undefined }) {
    return { countries: await deps.holidays.listCountries(query.language ?? DEFAULT_LANGUAGE) };
  };
}

/** The public holidays of a country (and region) between two dates, sorted by date, one per date. */
export function makeListHolidays(deps: Deps) {
  return async function listHolidays(query: ListHolidaysQuery) {
    const language = query.language ?? DEFAULT_LANGUAGE;
    const from = query.from ?? deps.clock.now().toISOString().slice(0, 10);
    const to = query.to ?? addDays(from, DEFAULT_DAYS - 1);
    const country = query.country.toUpperCase();
    const region = query.region ? query.region.toUpperCase() : null;
    const errors = validateRange(from, to);
    const known = (await deps.holidays.listCountries(language)).find((entry) => entry.code === country);
    if (!known) errors.push({ path: 'query.country', message: 'is not a country with a holiday calendar' });
    else if (region && !known.regions.some((entry) => entry.code === region))
      errors.push({ path: 'query.region', message: `is not a region of ${known.name}` });
    if (errors.length > 0) {
      throw new DomainError(
        'validation_failed',
        `The holiday query is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        errors,
      );
    }
    const years = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
    const holidays = await deps.holidays.listPublicHolidays({ country, region, years, language });
    return { country, region, from, to, holidays: oneEntryPerDate(holidays, from, to) };
  };
}

function validateRange(from: string, to: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!isLocalDate(from)) errors.push({ path: 'query.from', message: 'must be a real date as YYYY-MM-DD' });
  if (!isLocalDate(to)) errors.push({ path: 'query.to', message: 'must be a real date as YYYY-MM-DD' });
  if (errors.length > 0) return errors;
  const span = daysBetween(from, to) + 1;
  if (span < 1) errors.push({ path: 'query.to', message: 'must not be before from' });
  else if (span > MAX_DAYS)
    errors.push({ path: 'query.to', message: `must be at most ${MAX_DAYS} days after from` });
  return errors;
}

/** Two holidays on one date (Easter Sunday and a regional feast) become one day off named after both. */
function oneEntryPerDate(holidays: PublicHoliday[], from: string, to: string): PublicHoliday[] {
  const namesByDate = new Map<string, string[]>();
  for (const { date, name } of holidays) {
    if (date < from || date > to) continue;
    const names = namesByDate.get(date) ?? [];
    if (!names.includes(name)) names.push(name);
    namesByDate.set(date, names);
  }
  return [...namesByDate.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([date, names]) => ({ date, name: names.join(' / ').slice(0, 100) }));
}
