let preferredLocale: string | undefined;

/**
 * The owner's chosen language for dates (their profile); undefined = the browser's. Booking pages never set
 * it: visitors read dates in their own language.
 */
export function setDateLocale(locale: string | null | undefined): void {
  preferredLocale = locale ?? undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Making a formatter costs far more than using one (a slow phone notices): each kind is made once. */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Human dates and times in a given zone, in the chosen or the browser's language. */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(preferredLocale, {
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
  return formatter(preferredLocale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDate(iso: string, timeZone: string): string {
  return formatter(preferredLocale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** A calendar date (YYYY-MM-DD, no zone) as "Mon 24 Dec". */
export function formatCalendarDate(date: string, options: Intl.DateTimeFormatOptions = {}): string {
  return formatter(preferredLocale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...options,
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Whether the visitor's locale writes times with AM/PM (en-US) or on a 24-hour clock (en-GB, de). */
export function prefersTwelveHours(locale?: string): boolean {
  const { hourCycle, hour12 } = formatter(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle ? hourCycle === 'h11' || hourCycle === 'h12' : hour12 === true;
}

/** "9:30 AM" or "09:30": the clock the visitor picked, in their zone. */
export function formatClockTime(
  iso: string,
  timeZone: string,
  twelveHours: boolean,
  locale?: string,
): string {
  return formatter(locale, {
    timeZone,
    hour: twelveHours ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: twelveHours ? 'h12' : 'h23',
  }).format(new Date(iso));
}
