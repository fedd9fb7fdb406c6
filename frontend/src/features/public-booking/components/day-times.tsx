import { useEffect } from 'react';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatCalendarDate, formatClockTime } from '../../../lib/format-time';
import type { Slot } from '../api/public-booking';

export const FIRST_SLOTS_MARK = 'bookings:first-slots';

export interface DayTimesProps {
  date: string | null;
  slots: Slot[];
  timeZone: string;
  twelveHours: boolean;
  onTwelveHoursChange: (twelveHours: boolean) => void;
  chosenStart: string | null;
  onChoose: (slot: Slot) => void;
  isLoading: boolean;
  /** What to say when the shown month has no free day. */
  emptyMessage: string;
}

/** The chosen day's free times as buttons, on the visitor's clock (12 or 24 hours). */
export function DayTimes({
  date,
  slots,
  timeZone,
  twelveHours,
  onTwelveHoursChange,
  chosenStart,
  onChoose,
  isLoading,
  emptyMessage,
}: DayTimesProps) {
  const dayName = date ? formatCalendarDate(date, { weekday: 'long', month: 'long' }) : null;
  const hasSlots = slots.length > 0;
  useEffect(() => {
    // When a visitor first sees times they can book: measured by audit:web on a throttled phone.
    if (hasSlots && performance.getEntriesByName(FIRST_SLOTS_MARK).length === 0)
      performance.mark(FIRST_SLOTS_MARK);
  }, [hasSlots]);

  return (
    <section className="booking-card__times day-times" aria-labelledby="times-title">
      <div className="day-times__head">
        <h2 id="times-title" className="day-times__title">
          {dayName ?? 'Times'}
        </h2>
        <fieldset className="clock-choice">
          <legend className="visually-hidden">Clock</legend>
          {[true, false].map((twelve) => (
            <label key={String(twelve)} className="clock-choice__option">
              <input
                type="radio"
                name="clock"
                checked={twelveHours === twelve}
                onChange={() => onTwelveHoursChange(twelve)}
              />
              {twelve ? '12h' : '24h'}
            </label>
          ))}
        </fieldset>
      </div>
      {isLoading ? (
        <div aria-busy="true" className="day-times__list">
          <output className="visually-hidden">Loading free times…</output>
          {['a', 'b', 'c', 'd', 'e', 'f'].map((key) => (
            <Skeleton key={key} height="2.75rem" />
          ))}
        </div>
      ) : hasSlots && date ? (
        <ul className="day-times__list" aria-label={`Free times on ${dayName}`}>
          {slots.map((slot) => (
            <li key={slot.start}>
              <button
                type="button"
                className="day-times__slot"
                aria-pressed={chosenStart === slot.start}
                onClick={() => onChoose(slot)}
              >
                {formatClockTime(slot.start, timeZone, twelveHours)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted day-times__empty">{emptyMessage}</p>
      )}
    </section>
  );
}
