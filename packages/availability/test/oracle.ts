// A deliberately naive reading of design.md §3, written independently of the engine's sweep:
// every rule is checked directly for one candidate start.
import type { AvailabilityInput, Interval, Weekday } from '../src';
import { isoWeekKeyOf, localDateOf, zonedTimeToInstant } from '../src';
import { DAY, MINUTE } from './factories';

const WEEKDAYS_FROM_SUNDAY: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function weekdayOf(localDate: string): Weekday {
  return WEEKDAYS_FROM_SUNDAY[new Date(`${localDate}T00:00:00Z`).getUTCDay()] ?? 'sun';
}

function overlaps(left: Interval, right: Interval): boolean {
  return left.start < right.end && right.start < left.end;
}

export function windowsOf(input: Pick<AvailabilityInput, 'rules'>, localDate: string): Interval[] {
  const { rules } = input;
  const override = rules.dateOverrides.find((candidate) => candidate.date === localDate);
  const ranges = override ? override.ranges : rules.weeklyHours[weekdayOf(localDate)];
  return ranges.map((range) => ({
    start: zonedTimeToInstant(localDate, range.start, rules.timeZone),
    end:
      range.end === '24:00'
        ? zonedTimeToInstant(addDays(localDate, 1), '00:00', rules.timeZone)
        : zonedTimeToInstant(localDate, range.end, rules.timeZone),
  }));
}

export function isInsideHoursOnGrid(input: Omit<AvailabilityInput, 'range'>, slot: Interval): boolean {
  const step = (input.rules.slotStepMinutes ?? input.duration) * MINUTE;
  return windowsOf(input, localDateOf(slot.start, input.rules.timeZone)).some(
    (window) =>
      window.start <= slot.start && slot.end <= window.end && (slot.start - window.start) % step === 0,
  );
}

export function isClearOfBusy(input: Omit<AvailabilityInput, 'range'>, slot: Interval): boolean {
  const { rules } = input;
  const padded = {
    start: slot.start - rules.bufferBeforeMinutes * MINUTE,
    end: slot.end + rules.bufferAfterMinutes * MINUTE,
  };
  const isNonEmpty = (block: Interval) => block.end > block.start;
  if (input.busy.some((block) => isNonEmpty(block) && overlaps(padded, block))) return false;
  return !input.bookings.some(
    (meeting) =>
      isNonEmpty(meeting) &&
      (overlaps(padded, meeting) ||
        overlaps(slot, {
          start: meeting.start - meeting.bufferBeforeMinutes * MINUTE,
          end: meeting.end + meeting.bufferAfterMinutes * MINUTE,
        })),
  );
}

export function isUnderCaps(input: Omit<AvailabilityInput, 'range'>, slot: Interval): boolean {
  const { rules, counts } = input;
  const date = localDateOf(slot.start, rules.timeZone);
  if (rules.maxPerDay !== null && (counts.perDay.get(date) ?? 0) >= rules.maxPerDay) return false;
  return !(rules.maxPerWeek !== null && (counts.perWeek.get(isoWeekKeyOf(date)) ?? 0) >= rules.maxPerWeek);
}

export function isInsideAdvanceWindow(input: Omit<AvailabilityInput, 'range'>, slot: Interval): boolean {
  const { rules } = input;
  const today = localDateOf(input.now, rules.timeZone);
  const date = localDateOf(slot.start, rules.timeZone);
  return date >= addDays(today, rules.minAdvanceDays) && date <= addDays(today, rules.maxAdvanceDays);
}

export function isAvailable(input: Omit<AvailabilityInput, 'range'>, start: number): boolean {
  const { rules } = input;
  if (!rules.durations.includes(input.duration)) return false;
  const slot = { start, end: start + input.duration * MINUTE };
  if (start < input.now + rules.minNoticeMinutes * MINUTE) return false;
  if (!isUnderCaps(input, slot) || !isClearOfBusy(input, slot)) return false;
  if (input.pickedSlots) {
    return input.pickedSlots.some((picked) => picked.start === slot.start && picked.end === slot.end);
  }
  if (rules.excludedDates.includes(localDateOf(start, rules.timeZone))) return false;
  return isInsideAdvanceWindow(input, slot) && isInsideHoursOnGrid(input, slot);
}

/** Every start the rules could ever offer around the range: grid points of each window, and picked starts. */
export function enumerateCandidates(input: AvailabilityInput): number[] {
  if (input.pickedSlots) return input.pickedSlots.map((picked) => picked.start);
  const step = (input.rules.slotStepMinutes ?? input.duration) * MINUTE;
  const candidates: number[] = [];
  const firstDate = addDays(localDateOf(input.range.start, input.rules.timeZone), -1);
  const lastDate = addDays(localDateOf(input.range.end, input.rules.timeZone), 1);
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    for (const window of windowsOf(input, date)) {
      for (let start = window.start; start < window.end; start += step) candidates.push(start);
    }
  }
  return candidates;
}

export function listSlotsNaively(input: AvailabilityInput): number[] {
  const starts = enumerateCandidates(input).filter(
    (start) => start >= input.range.start && start < input.range.end && isAvailable(input, start),
  );
  return [...new Set(starts)].sort((left, right) => left - right);
}
