import { BlockedTimeCursor } from './blocked-time';
import { findReachedCap } from './booking-counts';
import { computeDayWindows, rangesOfDay } from './business-hours';
import { formatDayNumber } from './civil-date';
import { createSlotContext, isDurationAllowed, type SlotContext } from './slot-context';
import type { AvailabilityInput, Interval } from './types';
import { localDayNumberOf } from './zone';

/**
 * Bookable slots whose START lies in input.range, sorted by start and distinct.
 * See README.md for the exact meaning of "available".
 */
export function listSlots(input: AvailabilityInput): Interval[] {
  if (!isDurationAllowed(input) || !(input.range.end > input.range.start)) return [];
  const context = createSlotContext(input);
  const slots = input.pickedSlots ? listFreePickedSlots(input, context) : listRuleSlots(input, context);
  return ensureSortedDistinct(slots);
}

function listRuleSlots(input: AvailabilityInput, context: SlotContext): Interval[] {
  const { zone, durationMs, stepMs, blocked } = context;
  const lowestStart = Math.max(input.range.start, context.earliestStart);
  const firstDay = Math.max(localDayNumberOf(zone, lowestStart), context.firstAllowedDay);
  const lastDay = Math.min(localDayNumberOf(zone, input.range.end - 1), context.lastAllowedDay);
  const cursor = new BlockedTimeCursor(blocked);
  const slots: Interval[] = [];
  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber++) {
    const ranges = rangesOfDay(context.weeklyRanges, context.dateOverrides, dayNumber);
    if (ranges.length === 0) continue;
    if (context.excludedDates.has(formatDayNumber(dayNumber))) continue;
    if (findReachedCap(input.rules, input.counts, dayNumber)) continue;
    for (const window of computeDayWindows(zone, dayNumber, ranges)) {
      const lastStart = Math.min(window.end - durationMs, input.range.end - 1);
      let start = window.start + Math.max(0, Math.ceil((lowestStart - window.start) / stepMs)) * stepMs;
      while (start <= lastStart) {
        const end = start + durationMs;
        const blockingEnd = cursor.findBlockingEnd(start, end);
        if (blockingEnd === null) {
          slots.push({ start, end });
          start += stepMs;
        } else {
          // Every grid start before the block's end still meets it: jump past it.
          start = window.start + Math.ceil((blockingEnd - window.start) / stepMs) * stepMs;
        }
      }
    }
  }
  return slots;
}

function listFreePickedSlots(input: AvailabilityInput, context: SlotContext): Interval[] {
  const cursor = new BlockedTimeCursor(context.blocked);
  const slots: Interval[] = [];
  for (const picked of input.pickedSlots ?? []) {
    if (picked.end - picked.start !== context.durationMs) continue;
    if (picked.start < input.range.start || picked.start >= input.range.end) continue;
    if (picked.start < context.earliestStart) continue;
    if (findReachedCap(input.rules, input.counts, localDayNumberOf(context.zone, picked.start))) continue;
    if (cursor.findBlockingEnd(picked.start, picked.end) !== null) continue;
    slots.push({ start: picked.start, end: picked.end });
  }
  return slots;
}

/** Overlapping business-hour ranges or unordered picked slots can produce disorder or repeats. */
function ensureSortedDistinct(slots: Interval[]): Interval[] {
  let isSortedDistinct = true;
  for (let index = 1; index < slots.length; index++) {
    if ((slots[index]?.start ?? 0) <= (slots[index - 1]?.start ?? 0)) {
      isSortedDistinct = false;
      break;
    }
  }
  if (isSortedDistinct) return slots;
  const sorted = [...slots].sort((left, right) => left.start - right.start);
  return sorted.filter((slot, index) => index === 0 || slot.start !== sorted[index - 1]?.start);
}
