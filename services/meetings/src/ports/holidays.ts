export interface HolidayRegion {
  /** The region part of an ISO 3166-2 code, e.g. `BY` for Bavaria. */
  code: string;
  name: string;
}

export interface HolidayCountry {
  /** ISO 3166-1 alpha-2, e.g. `DE`. */
  code: string;
  name: string;
  /** Regions whose holidays differ from the country's; empty when every region keeps the same days. */
  regions: HolidayRegion[];
}

export interface PublicHoliday {
  /** Local 'YYYY-MM-DD' in the country. A holiday lasting several days is one entry per date. */
  date: string;
  name: string;
}

/** An offline calendar of public holidays by country and region. */
export interface HolidayCalendarPort {
  listCountries(language: string): Promise<HolidayCountry[]>;
  /** Public holidays (days off by law) in the given calendar years, in any order. */
  listPublicHolidays(query: {
    country: string;
    region: string | null;
    years: number[];
    language: string;
  }): Promise<PublicHoliday[]>;
}
