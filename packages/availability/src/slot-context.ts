import { type BlockedTime, buildBlockedTime } from './blocked-time';
import {
  type DateOverrideMinuteRanges,
  parseDateOverrides,
  parseWeeklyHours,
  type WeeklyMinuteRanges,
} from './business-hours';
import { MS_PER_MINUTE } from './civil-date';
import type { AvailabilityInput } from './types';
import { localDayNumberOf, resolveZone, type Zone } from './zone';

/** Everything listSlots and checkSlot derive once from their input before looking at any candidate. */
export interface SlotContext {
  zone: Zone;
  durationMs: number;
  stepMs: number;
  /** No slot may start before this instant (now + minimum notice). */
  earliestStart: number;
  firstAllowedDay: number;
  lastAllowedDay: number;
  excludedDates: ReadonlySet<string>;
  weeklyRanges: WeeklyMinuteRanges;
  dateOverrides: DateOverrideMinuteRanges;
  blocked: BlockedTime;
}

export function isDurationAllowed(input: Pick<AvailabilityInput, 'rules' | 'duration'>): boolean {
  return input.duration > 0 && input.rules.durations.includes(input.duration);
}

export function createSlotContext(input: Omit<AvailabilityInput, 'range'>): SlotContext {
  const { rules } = input;
  const zone = resolveZone(rules.timeZone);
  const today = localDayNumberOf(zone, input.now);
  const step =
    rules.slotStepMinutes !== null && rules.slotStepMinutes > 0 ? rules.slotStepMinutes : input.duration;
  return {
    zone,
    durationMs: input.duration * MS_PER_MINUTE,
    stepMs: step * MS_PER_MINUTE,
    earliestStart: input.now + rules.minNoticeMinutes * MS_PER_MINUTE,
    firstAllowedDay: today + rules.minAdvanceDays,
    lastAllowedDay: today + rules.maxAdvanceDays,
    excludedDates: new Set(rules.excludedDates),
    weeklyRanges: parseWeeklyHours(rules.weeklyHours),
    dateOverrides: parseDateOverrides(rules.dateOverrides),
    blocked: buildBlockedTime(
      input.busy,
      input.bookings,
      rules.bufferBeforeMinutes,
      rules.bufferAfterMinutes,
    ),
  };
}
