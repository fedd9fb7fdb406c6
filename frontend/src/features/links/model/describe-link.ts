import { formatMinutes } from '@bookings/wording';
import type { LinkSettings } from './link-draft';

/** "30 min or 1 h · Europe/Berlin": what a link offers, in one line for its card. */
export function describeLinkOffer(settings: Pick<LinkSettings, 'durations' | 'timeZone'>): string {
  const lengths = [...settings.durations].sort((a, b) => a - b).map(formatMinutes);
  const offered = lengths.length > 1 ? `${lengths.slice(0, -1).join(', ')} or ${lengths.at(-1)}` : lengths[0];
  return `${offered ?? ''} · ${settings.timeZone}`;
}
