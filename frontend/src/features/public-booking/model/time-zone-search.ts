import { canonicalTimeZone, namesOfTimeZone } from '@bookings/availability/time-zone-names';
import { listTimeZones } from '../../../lib/time-zones';
import zoneCountriesUrl from './zone-countries.generated.json?url';

/** One choice in the time zone picker, with everything a visitor might type to find it. */
export interface ZoneOption {
  id: string;
  /** "Kolkata", "Buenos Aires" */
  city: string;
  /** The country in the visitor's language, or the zone's area ("Europe") when there is none. */
  region: string;
  offsetMinutes: number;
  /** "GMT+5:30" */
  offsetLabel: string;
  /** "India Standard Time" */
  longName: string;
  /** Words matched by search, lower case, accents removed. */
  terms: string[];
}

/** Country code -> the cities (last part of zone names) whose main country it is, space-separated. */
export type ZoneCountries = Record<string, string>;

/**
 * The zone -> country table (a few kB of JSON, built from countries-and-timezones): fetched when the picker
 * first opens. Without it the search still finds cities, abbreviations and offsets.
 */
export function loadZoneCountries(): Promise<ZoneCountries> {
  return fetch(zoneCountriesUrl)
    .then((response) => (response.ok ? (response.json() as Promise<ZoneCountries>) : {}))
    .catch(() => ({}));
}

function countryLookup(countries: ZoneCountries): Map<string, string> {
  const byCity = new Map<string, string>();
  for (const [country, cities] of Object.entries(countries)) {
    for (const city of cities.split(' ')) byCity.set(city, country);
  }
  return byCity;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** "IST" from "India Standard Time"; nothing from "GMT+05:30". */
const initialsOf = (name: string) =>
  /^(GMT|UTC)/.test(name)
    ? ''
    : name
        .split(/\s+/)
        .map((word) => word[0] ?? '')
        .join('');

/** Offset in minutes and long name ("India Standard Time") from one formatter: the costly part is making it. */
function describeOffset(timeZone: string, at: Date): { offsetMinutes: number; longName: string } {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'long',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(at);
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
    const local = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'));
    const utc = Math.floor(at.getTime() / 60_000) * 60_000;
    return {
      offsetMinutes: Math.round((local - utc) / 60_000),
      longName: parts.find((part) => part.type === 'timeZoneName')?.value ?? '',
    };
  } catch {
    return { offsetMinutes: 0, longName: '' };
  }
}

/** The abbreviation people use where the zone is ("IST" in India, "CET" in Germany), when Intl knows one. */
function localAbbreviation(timeZone: string, country: string | undefined, at: Date): string {
  if (!country) return '';
  try {
    const name =
      new Intl.DateTimeFormat(`en-${country}`, { timeZone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value ?? '';
    return /^(GMT|UTC)[+-]/.test(name) ? '' : name;
  } catch {
    return '';
  }
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

interface RegionNames {
  countryByCity: Map<string, string>;
  local: Intl.DisplayNames | null;
  english: Intl.DisplayNames | null;
}

function regionNames(locale: string, countries: ZoneCountries): RegionNames {
  const countryByCity = countryLookup(countries);
  try {
    return {
      countryByCity,
      local: new Intl.DisplayNames([locale, 'en'], { type: 'region' }),
      english: new Intl.DisplayNames(['en'], { type: 'region' }),
    };
  } catch {
    // Without DisplayNames the area ("Asia") stands in for the country.
    return { countryByCity, local: null, english: null };
  }
}

function describeZone(id: string, at: Date, names: RegionNames): ZoneOption {
  const cityKey = id.slice(id.lastIndexOf('/') + 1);
  const country = names.countryByCity.get(cityKey);
  const { offsetMinutes, longName } = describeOffset(id, at);
  const region = (country && names.local?.of(country)) || id.split('/')[0] || id;
  const allNames = namesOfTimeZone(id);
  const terms = [
    ...allNames,
    ...allNames.map((name) => name.slice(name.lastIndexOf('/') + 1).replace(/_/g, ' ')),
    region,
    country && names.english ? (names.english.of(country) ?? '') : '',
    country ?? '',
    longName,
    initialsOf(longName),
    // "Eastern Standard Time" is also found as "Eastern Time".
    longName.replace(/ (Standard|Daylight|Summer) /, ' '),
    localAbbreviation(id, country, at),
  ]
    .filter(Boolean)
    .map(fold);
  return {
    id,
    city: id === 'UTC' ? 'UTC' : cityKey.replace(/_/g, ' '),
    region,
    offsetMinutes,
    offsetLabel: formatOffset(offsetMinutes),
    longName,
    terms,
  };
}

/** Every zone the browser knows, once each under its current name, `first` ones first. */
function zoneIds(first: string[]): string[] {
  return [...new Set([...first, ...listTimeZones()].map(canonicalTimeZone))];
}

/** Every zone the browser knows, under its current name, described at `at` in the visitor's language. */
export function buildZoneOptions(at: Date, locale: string, countries: ZoneCountries): ZoneOption[] {
  const names = regionNames(locale, countries);
  return zoneIds([]).map((id) => describeZone(id, at, names));
}

const SLICE = 24;

/**
 * The same list built a slice at a time, yielding between slices so the page stays responsive on a slow
 * phone (describing ~400 zones keeps Intl busy for a noticeable moment); `onProgress` gets the list so far.
 */
export async function buildZoneOptionsGradually(
  at: Date,
  locale: string,
  first: string[],
  onProgress: (options: ZoneOption[]) => void,
  signal: AbortSignal,
): Promise<void> {
  const names = regionNames(locale, await loadZoneCountries());
  const ids = zoneIds(first);
  const options: ZoneOption[] = [];
  for (let index = 0; index < ids.length && !signal.aborted; index += SLICE) {
    for (const id of ids.slice(index, index + SLICE)) options.push(describeZone(id, at, names));
    onProgress([...options]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const OFFSET_QUERY = /^(?:gmt|utc)?\s*([+-−])\s*(\d{1,2})(?:[:.h]?(\d{2}))?$/;

/**
 * Finds zones by city, country, abbreviation, long name or offset ("Kolkata", "India", "IST", "+5:30",
 * "UTC-3"). Best matches first: an exact abbreviation or city, then words that start with the query, then
 * the rest; the visitor's detected zone leads an empty search.
 */
export function searchZones(options: ZoneOption[], query: string, detected: string): ZoneOption[] {
  const text = fold(query.trim());
  if (text === '') {
    const first = options.find((option) => option.id === detected);
    const rest = options
      .filter((option) => option !== first)
      .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city));
    return first ? [first, ...rest] : rest;
  }
  const offset = OFFSET_QUERY.exec(text);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === '+' ? 1 : -1);
    return options.filter((option) => option.offsetMinutes === minutes).sort(byDetectedThenCity(detected));
  }
  const scored: { option: ZoneOption; score: number }[] = [];
  for (const option of options) {
    let score = 0;
    for (const term of option.terms) {
      if (term === text) score = Math.max(score, 3);
      else if (term.startsWith(text) || term.includes(` ${text}`) || term.includes(`/${text}`))
        score = Math.max(score, 2);
      else if (term.includes(text)) score = Math.max(score, 1);
    }
    if (score > 0) scored.push({ option, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || byDetectedThenCity(detected)(a.option, b.option))
    .map((entry) => entry.option);
}

const byDetectedThenCity = (detected: string) => (a: ZoneOption, b: ZoneOption) =>
  Number(b.id === detected) - Number(a.id === detected) || a.city.localeCompare(b.city);
