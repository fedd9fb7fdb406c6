import type { SlotRejection } from '@bookings/availability';
import { DomainError } from '../shared/domain-error';

/**
 * Why a requested slot cannot be booked, as the error the visitor sees. A slot that was fine by the rules
 * but is taken now (busy, day or week full) is a conflict (409, pick another); a request the rules never
 * allowed is unprocessable (422).
 */
export function slotRejectionError(reason: SlotRejection): DomainError {
  switch (reason) {
    case 'busy':
    case 'day_full':
    case 'week_full':
      return new DomainError(
        'slot_unavailable',
        'This time is no longer available. Please pick another one.',
      );
    case 'duration_not_allowed':
      return new DomainError('duration_not_allowed', 'This link does not offer meetings of that length.');
    case 'off_grid':
      return new DomainError(
        'off_grid',
        'Meetings on this link start at fixed times; this start is not one of them.',
      );
    case 'not_offered':
      return new DomainError('slot_not_offered', 'This link offers only the times picked for you.');
    case 'too_soon':
      return new DomainError('outside_window', 'This time is too soon to be booked.');
    case 'outside_advance_window':
      return new DomainError('outside_window', 'This date is outside the dates this link offers.');
    case 'excluded_date':
    case 'outside_hours':
      return new DomainError('outside_window', 'This time is outside the hours this link offers.');
  }
}
