/**
 * Month grids and their labels in the visitor's locale, from Intl alone: which day starts the week, weekday
 * and month names. Dates are calendar dates (`YYYY-MM-DD`), with no zone.
 */
export interface CalendarMonth {
  year: number;
  /** 1–12 */
  month: number;
}

interface WeekInfo {
  firstDay: number;
}

/** 1 = Monday … 7 = Sunday, as the locale counts (en-US and he-IL start on Sunday, en-GB and de on Monday). */
export function firstDayOfWeek(locale: string | undefined): number {
  try {
    const intlLocale = new Intl.Locale(
      locale ?? new Intl.DateTimeFormat().resolvedOptions().locale,
    ) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    return info?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** Short weekday names starting at `firstDay`: ["Sun", "Mon", …] or ["יום א׳", …]. */
export function weekdayNames(
  locale: string | undefined,
  firstDay: number,
  style: 'short' | 'long' = 'short',
) {
  const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
  // 2024-01-01 was a Monday (ISO day 1).
  return Array.from({ length: 7 }, (_, index) => {
    const isoDay = ((firstDay - 1 + index) % 7) + 1;
    return format.format(new Date(Date.UTC(2024, 0, isoDay)));
  });
}

export function formatMonth({ year, month }: CalendarMonth, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

export const monthOf = (date: string): CalendarMonth => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
});

export function addMonths({ year, month }: CalendarMonth, count: number): CalendarMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const compareMonths = (a: CalendarMonth, b: CalendarMonth) =>
  a.year * 12 + a.month - (b.year * 12 + b.month);

export function toDateString(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The month's days in weeks starting at `firstDay`, padded with nulls: always six rows, so the grid keeps
 * its height from month to month (nothing below it moves).
 */
export function monthGrid({ year, month }: CalendarMonth, firstDay: number): (string | null)[] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const isoWeekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay();
  const leading = (isoWeekday - firstDay + 7) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let day = 1; day <= days; day += 1) cells.push(toDateString(year, month, day));
  while (cells.length < 42) cells.push(null);
  return cells;
}
