interface ZonedParts {
  date: string;
  time: string;
}

function formatInZone(instant: Date, timeZone: string): ZonedParts {
  // Always an explicit zone: the process's own TZ must never leak into what a person reads.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    date: `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** e.g. "Tuesday, 8 December 2026, 09:00–09:30 (Europe/Berlin)". */
export function formatMeetingTime(start: Date, end: Date, timeZone: string): string {
  const from = formatInZone(start, timeZone);
  const to = formatInZone(end, timeZone);
  if (from.date === to.date) {
    return `${from.date}, ${from.time}–${to.time} (${timeZone})`;
  }
  return `${from.date}, ${from.time} – ${to.date}, ${to.time} (${timeZone})`;
}
