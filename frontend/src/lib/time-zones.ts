import { canonicalTimeZone } from '@bookings/availability/time-zone-names';

/**
 * Every IANA zone the browser knows, plus UTC (some engines leave it out), each once under its current name
 * (Chromium still lists `Asia/Calcutta` for `Asia/Kolkata`).
 */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...zones].map(canonicalTimeZone))];
}

/** The browser's zone under its current IANA name. */
export function detectTimeZone(): string {
  return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}
