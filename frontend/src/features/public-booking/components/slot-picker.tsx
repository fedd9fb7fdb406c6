import { formatCalendarDate, formatTime } from '../../../lib/format-time';
import { addDays, formatLocalDate, type LocalDate, startOfWeek } from '../../../lib/zoned-time';
import type { Availability, Slot } from '../api/public-booking';

export interface SlotPickerProps {
  /** The first and last local dates of the window being shown (visitor's zone). */
  firstDay: LocalDate;
  lastDay: LocalDate;
  availability: Availability;
  timeZone: string;
  selectedDate: string | null;
  onSelectDate: (date: string) => void;
  onSelectSlot: (slot: Slot) => void;
}

/** A month-like grid (Monday first) where days with free times are buttons, then that day's times. */
export function SlotPicker({
  firstDay,
  lastDay,
  availability,
  timeZone,
  selectedDate,
  onSelectDate,
  onSelectSlot,
}: SlotPickerProps) {
  const slotsByDate = new Map(availability.days.map((day) => [day.date, day.slots]));
  const gridStart = startOfWeek(firstDay);
  const first = formatLocalDate(firstDay);
  const last = formatLocalDate(lastDay);
  const cells: string[] = [];
  for (
    let date = gridStart;
    formatLocalDate(date) <= last || cells.length % 7 !== 0;
    date = addDays(date, 1)
  ) {
    cells.push(formatLocalDate(date));
  }
  const selectedSlots = selectedDate ? (slotsByDate.get(selectedDate) ?? []) : [];

  return (
    <div className="slot-picker">
      <p className="day-grid__months">{describeMonths(first, last)}</p>
      <fieldset className="day-grid">
        <legend className="visually-hidden">Days</legend>
        {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((name) => (
          <span key={name} className="day-grid__weekday" aria-hidden="true">
            {name}
          </span>
        ))}
        {cells.map((date) => {
          if (date < first || date > last)
            return <span key={date} className="day-grid__cell" aria-hidden="true" />;
          const count = slotsByDate.get(date)?.length ?? 0;
          const label = `${formatCalendarDate(date, { month: 'long' })}: ${count === 0 ? 'no free times' : `${count} free ${count === 1 ? 'time' : 'times'}`}`;
          return (
            <button
              key={date}
              type="button"
              className="day-grid__cell day-grid__day"
              disabled={count === 0}
              aria-pressed={selectedDate === date}
              aria-label={label}
              onClick={() => onSelectDate(date)}
            >
              {Number(date.slice(8))}
              {count > 0 ? <span className="day-grid__mark" aria-hidden="true" /> : null}
            </button>
          );
        })}
      </fieldset>
      <div className="slot-list" aria-live="polite">
        {selectedDate ? (
          <>
            <h3 className="slot-list__title">{formatCalendarDate(selectedDate, { month: 'long' })}</h3>
            <ul
              className="slot-list__items"
              aria-label={`Free times on ${formatCalendarDate(selectedDate, { month: 'long' })}`}
            >
              {selectedSlots.map((slot) => (
                <li key={slot.start}>
                  <button
                    type="button"
                    className="button button--secondary slot-list__slot"
                    onClick={() => onSelectSlot(slot)}
                  >
                    {formatTime(slot.start, timeZone)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">Choose a day to see its free times.</p>
        )}
      </div>
    </div>
  );
}

const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

const asUtc = (date: string) => new Date(`${date.slice(0, 7)}-01T00:00:00Z`);

/** "November – December 2026": the months the grid shows, so a day number is never ambiguous. */
export function describeMonths(first: string, last: string): string {
  if (first.slice(0, 7) === last.slice(0, 7)) return monthYear.format(asUtc(first));
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${(sameYear ? monthOnly : monthYear).format(asUtc(first))} – ${monthYear.format(asUtc(last))}`;
}
