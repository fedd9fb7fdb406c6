import { formatDateTime, formatTime } from '../../../lib/format-time';
import type { Slot } from '../api/get-link-slots';

/** Picks the slot, or drops it when it is already picked (slots are told apart by their start). */
export function togglePicked(picked: Slot[], slot: Slot): Slot[] {
  return picked.some((item) => item.start === slot.start)
    ? picked.filter((item) => item.start !== slot.start)
    : [...picked, slot];
}

export const sortSlots = (slots: Slot[]): Slot[] => [...slots].sort((a, b) => a.start.localeCompare(b.start));

export function countPicked(count: number): string {
  if (count === 0) return 'No slots picked yet';
  return `${count} ${count === 1 ? 'slot' : 'slots'} picked`;
}

/** "Tue, 1 Dec 2026, 10:00–10:30" in the owner's zone. */
export const describePickedSlot = (slot: Slot, timeZone: string): string =>
  `${formatDateTime(slot.start, timeZone)}–${formatTime(slot.end, timeZone)}`;
