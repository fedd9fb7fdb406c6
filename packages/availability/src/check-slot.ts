import { BlockedTimeCursor } from './blocked-time';
import { findReachedCap } from './booking-counts';
import { computeDayWindows, rangesOfDay } from './business-hours';
import { formatDayNumber } from './civil-date';
import { createSlotContext, isDurationAllowed, type SlotContext } from './slot-context';
import type { AvailabilityInput, SlotCheck, SlotRejection } from './types';
import { localDayNumberOf } from './zone';

/**
 * Whether `start` (with the input's duration) is bookable, with the first failing rule otherwise.
 * Agrees with listSlots: a start is ok exactly when listSlots would list it for a range containing it.
 * Rules are checked in this order: duration, picked slot (one-time links), notice, advance window,
 * excluded date, business hours, grid, day cap, week cap, busy time.
 */
export function checkSlot(input: Omit<AvailabilityInput, 'range'>, start: number): SlotCheck {
  if (!isDurationAllowed(input)) return { ok: false, reason: 'duration_not_allowed' };
  const context = createSlotContext(input);
  const end = start + context.durationMs;
  const reason = input.pickedSlots
    ? findPickedSlotRejection(input, context, start, end)
    : findRuleRejection(input, context, start, end);
  return reason ? { ok: false, reason } : { ok: true, slot: { start, end } };
}

function findPickedSlotRejection(
  input: Omit<AvailabilityInput, 'range'>,
  context: SlotContext,
  start: number,
  end: number,
): SlotRejection | null {
  const isPicked = (input.pickedSlots ?? []).some((picked) => picked.start === start && picked.end === end);
  if (!isPicked) return 'not_offered';
  if (start < context.earliestStart) return 'too_soon';
  const cap = findReachedCap(input.rules, input.counts, localDayNumberOf(context.zone, start));
  if (cap) return cap;
  return isBlocked(context, start, end) ? 'busy' : null;
}

function findRuleRejection(
  input: Omit<AvailabilityInput, 'range'>,
  context: SlotContext,
  start: number,
  end: number,
): SlotRejection | null {
  if (start < context.earliestStart) return 'too_soon';
  const dayNumber = localDayNumberOf(context.zone, start);
  if (dayNumber < context.firstAllowedDay || dayNumber > context.lastAllowedDay) {
    return 'outside_advance_window';
  }
  if (context.excludedDates.has(formatDayNumber(dayNumber))) return 'excluded_date';
  const hoursRejection = findBusinessHoursRejection(context, dayNumber, start, end);
  if (hoursRejection) return hoursRejection;
  const cap = findReachedCap(input.rules, input.counts, dayNumber);
  if (cap) return cap;
  return isBlocked(context, start, end) ? 'busy' : null;
}

function findBusinessHoursRejection(
  context: SlotContext,
  dayNumber: number,
  start: number,
  end: number,
): 'outside_hours' | 'off_grid' | null {
  const ranges = rangesOfDay(context.weeklyRanges, context.dateOverrides, dayNumber);
  let isInsideHours = false;
  for (const window of computeDayWindows(context.zone, dayNumber, ranges)) {
    if (start < window.start || end > window.end) continue;
    if ((start - window.start) % context.stepMs === 0) return null;
    isInsideHours = true;
  }
  return isInsideHours ? 'off_grid' : 'outside_hours';
}

function isBlocked(context: SlotContext, start: number, end: number): boolean {
  return new BlockedTimeCursor(context.blocked).findBlockingEnd(start, end) !== null;
}
