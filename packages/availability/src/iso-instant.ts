/**
 * `new Date(ms).toISOString()` for the many instants of one answer, which share few days: the date part is
 * formatted once per UTC day and reused, the time of day is built from numbers. The availability route
 * turns every slot's start and end into text, and this is most of its cost with `toISOString`.
 */
const DAY_MS = 86_400_000;
const datePrefixes = new Map<number, string>();

export function toIsoInstant(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    // Bounded: an answer spans at most a few months of days; start over rather than grow without end.
    if (datePrefixes.size >= 4096) datePrefixes.clear();
    datePrefixes.set(day, prefix);
  }
  const inDay = ms - day * DAY_MS;
  const hours = Math.floor(inDay / 3_600_000);
  const minutes = Math.floor(inDay / 60_000) % 60;
  const seconds = Math.floor(inDay / 1000) % 60;
  const millis = inDay % 1000;
  return `${prefix}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);
