import { checkSlot, type Interval, type SlotRejection } from '@bookings/availability';
import type { FieldError } from '../../domain/shared/domain-error';
import type { AvailabilityRequest, LoadAvailabilityInput } from '../availability/load-availability-input';

const REASONS: Record<SlotRejection, string> = {
  duration_not_allowed: 'lasts a duration the link does not offer',
  off_grid: 'does not start on the link’s slot grid',
  outside_hours: 'is outside the link’s business hours',
  excluded_date: 'falls on an excluded date',
  too_soon: 'starts sooner than the link’s minimum notice',
  outside_advance_window: 'is outside the link’s booking window (min/max advance days)',
  day_full: 'falls on a day that is already fully booked',
  week_full: 'falls in a week that is already fully booked',
  busy: 'overlaps a booking or busy time',
  not_offered: 'is not offered',
};

/**
 * Each picked slot must be a slot the link itself would offer right now: same rules, busy time,
 * bookings and caps. Returns one error per slot that is not.
 */
export async function checkPickedSlots(
  loadAvailabilityInput: LoadAvailabilityInput,
  link: AvailabilityRequest['link'],
  slots: Interval[],
  now: Date,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const span = {
    start: Math.min(...slots.map((slot) => slot.start)),
    end: Math.max(...slots.map((slot) => slot.end)),
  };
  // One load for the whole span; only the duration differs between slots.
  const input = await loadAvailabilityInput({
    link,
    duration: link.settings.defaultDuration,
    now,
    range: span,
  });
  slots.forEach((slot, index) => {
    const duration = (slot.end - slot.start) / 60_000;
    const result = checkSlot({ ...input, duration }, slot.start);
    if (!result.ok) errors.push({ path: `pickedSlots[${index}]`, message: REASONS[result.reason] });
  });
  return errors;
}
