let preferredLocale: string | undefined;

/**
 * The owner's chosen language for dates (their profile); undefined = the browser's. Booking pages never set
 * it: visitors read dates in their own language.
 */
export function setDateLocale(locale: string | null | undefined): void {
  preferredLocale = locale ?? undefined;
}

/** Human dates and times in a given zone, in the chosen or the browser's language. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(preferredLocale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(preferredLocale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(preferredLocale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, no zone) as "Mon 24 Dec". */
export function formatCalendarDate(date: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(preferredLocale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...options,
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Whether the visitor's locale writes times with AM/PM (en-US) or on a 24-hour clock (en-GB, de). */
export function prefersTwelveHours(locale?: string): boolean {
  const { hourCycle, hour12 } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle ? hourCycle === 'h11' || hourCycle === 'h12' : hour12 === true;
}

/** "9:30 AM" or "09:30": the clock the visitor picked, in their zone. */
export function formatClockTime(
  iso: string,
  timeZone: string,
  twelveHours: boolean,
  locale?: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: twelveHours ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: twelveHours ? 'h12' : 'h23',
  }).format(new Date(iso));
}
