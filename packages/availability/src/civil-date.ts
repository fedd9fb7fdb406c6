// Calendar arithmetic on "day numbers" (days since 1970-01-01 of a civil date), so no Date object and
// therefore never the process's local zone is involved. Algorithms: H. Hinnant, "chrono-Compatible
// Low-Level Date Algorithms".

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return String(value).padStart(4, '0');
}

export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Parses a strict 'YYYY-MM-DD' (real calendar date); returns null otherwise. */
export function parseLocalDate(localDate: string): number | null {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dayNumber = dayNumberFromCivil(year, month, day);
  const roundTrip = civilFromDayNumber(dayNumber);
  return roundTrip.month === month && roundTrip.day === day ? dayNumber : null;
}

export function parseLocalDateOrThrow(localDate: string): number {
  const dayNumber = parseLocalDate(localDate);
  if (dayNumber === null) throw new RangeError(`Invalid local date "${localDate}", expected YYYY-MM-DD`);
  return dayNumber;
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function isoWeekKeyOfDayNumber(dayNumber: number): string {
  // The ISO week belongs to the year holding its Thursday.
  const thursday = dayNumber - isoWeekdayIndex(dayNumber) + 3;
  const { year } = civilFromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumberFromCivil(year, 1, 1)) / 7) + 1;
  return `${pad4(year)}-W${pad2(week)}`;
}

export function isoWeekKeyOf(localDate: string): string {
  return isoWeekKeyOfDayNumber(parseLocalDateOrThrow(localDate));
}
