import { formatDayNumber } from './civil-date';
import type { Interval } from './types';
import { localDayNumberOf, resolveZone } from './zone';

/** Groups slots by the local date (in `timeZone`) of their start; dates ascending, order kept within a date. */
export function groupByLocalDate(slots: Interval[], timeZone: string): { date: string; slots: Interval[] }[] {
  const zone = resolveZone(timeZone);
  const groups = new Map<number, Interval[]>();
  for (const slot of slots) {
    const dayNumber = localDayNumberOf(zone, slot.start);
    const group = groups.get(dayNumber);
    if (group) group.push(slot);
    else groups.set(dayNumber, [slot]);
  }
  return [...groups.entries()]
    .sort(([left], [right]) => left - right)
    .map(([dayNumber, dateSlots]) => ({ date: formatDayNumber(dayNumber), slots: dateSlots }));
}
