export { countBookings } from './booking-counts';
export { checkSlot } from './check-slot';
export { isoWeekKeyOf } from './civil-date';
export { groupByLocalDate } from './group-by-local-date';
export { toIsoInstant } from './iso-instant';
export { listSlots } from './list-slots';
export { canonicalTimeZone, namesOfTimeZone } from './time-zone-names';
export type {
  AvailabilityInput,
  AvailabilityRules,
  BookedMeeting,
  BookingCounts,
  DateOverride,
  Interval,
  SlotCheck,
  SlotRejection,
  TimeRange,
  Weekday,
} from './types';
export { isValidTimeZone, localDateOf, zonedTimeToInstant } from './zone';
