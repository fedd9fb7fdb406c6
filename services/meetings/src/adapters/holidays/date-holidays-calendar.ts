import type { HolidayCalendarPort, HolidayCountry, PublicHoliday } from '../../ports/holidays';

const MS_PER_DAY = 86_400_000;
/**
 * Public holidays only: bank holidays (German banks on Christmas Eve), optional ones and observances
 * (Valentine's Day) leave most offices open, and the owner can still add any of them by hand.
 */
const DAYS_OFF = new Set(['public']);

type DateHolidays = typeof import('date-holidays').default;

/**
 * Public holidays from `date-holidays`, an offline, maintained rule set of 200+ countries. Its data is large,
 * so it is loaded on the first question rather than when the service starts.
 */
export function createDateHolidaysCalendar(): HolidayCalendarPort {
  let library: Promise<DateHolidays> | null = null;
  const load = () => {
    library ??= import('date-holidays').then((module) => module.default);
    return library;
  };
  const countriesByLanguage = new Map<string, HolidayCountry[]>();

  return {
    async listCountries(language) {
      const cached = countriesByLanguage.get(language);
      if (cached) return cached;
      const Holidays = await load();
      const calendar = new Holidays();
      const countries = Object.entries(calendar.getCountries(language) ?? {})
        .map(([code, name]) => ({
          code,
          name,
          regions: Object.entries(calendar.getStates(code, language) ?? {})
            .map(([regionCode, regionName]) => ({ code: regionCode, name: regionName }))
            .sort((left, right) => left.name.localeCompare(right.name)),
        }))
        .sort((left, right) => left.name.localeCompare(right.name));
      countriesByLanguage.set(language, countries);
      return countries;
    },

    async listPublicHolidays({ country, region, years, language }) {
      const Holidays = await load();
      const calendar = region
        ? new Holidays(country, region, { languages: [language] })
        : new Holidays(country, { languages: [language] });
      const holidays: PublicHoliday[] = [];
      for (const year of years) {
        for (const holiday of calendar.getHolidays(year, language) ?? []) {
          if (!DAYS_OFF.has(holiday.type)) continue;
          const firstDate = holiday.date.slice(0, 10);
          // A 23- or 25-hour day (DST) still counts as one day.
          const days = Math.max(
            1,
            Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY),
          );
          for (let offset = 0; offset < days; offset++) {
            holidays.push({ date: addDays(firstDate, offset), name: holiday.name });
          }
        }
      }
      return holidays;
    },
  };
}

function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}
