import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { MonthCalendar } from '../../../components/ui/month-calendar';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/api-error';
import { type CalendarMonth, monthOf } from '../../../lib/calendar';
import { formatCalendarDate, formatTime } from '../../../lib/format-time';
import { formatLocalDate, localDateOf } from '../../../lib/zoned-time';
import { type Slot, useLinkSlots } from '../api/get-link-slots';
import { countPicked, describePickedSlot, sortSlots, togglePicked } from '../model/picked-slots';

export interface SlotPickerProps {
  linkUrl: string;
  timeZone: string;
  picked: Slot[];
  error: string | undefined;
  onChange: (picked: Slot[]) => void;
}

/**
 * The link's free times as on the booking page: a month of days, then the chosen day's times. Each time is a
 * toggle, so any number can be picked across days; the picked ones are listed below, each removable.
 */
export function SlotPicker({ linkUrl, timeZone, picked, error, onChange }: SlotPickerProps) {
  const slots = useLinkSlots(linkUrl, timeZone, true);
  const [chosenMonth, setChosenMonth] = useState<CalendarMonth | null>(null);
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const pickedListRef = useRef<HTMLUListElement>(null);
  const countRef = useRef<HTMLOutputElement>(null);
  const errorId = useId();

  const slotsByDate = useMemo(
    () =>
      new Map(
        (slots.data?.days ?? []).filter((day) => day.slots.length > 0).map((day) => [day.date, day.slots]),
      ),
    [slots.data],
  );
  const pickedStarts = new Set(picked.map((slot) => slot.start));
  const today = formatLocalDate(localDateOf(new Date(), timeZone));
  const openDates = [...slotsByDate.keys()].sort();
  const firstMonth = monthOf(openDates[0] && openDates[0] < today ? openDates[0] : today);
  const lastMonth = monthOf(openDates.at(-1) ?? today);
  const month = chosenMonth ?? monthOf(openDates[0] ?? today);
  const monthPrefix = `${month.year}-${String(month.month).padStart(2, '0')}`;
  const selectedDate =
    chosenDate && slotsByDate.has(chosenDate)
      ? chosenDate
      : (openDates.find((date) => date.startsWith(monthPrefix)) ?? null);
  const dayName = selectedDate ? formatCalendarDate(selectedDate, { weekday: 'long', month: 'long' }) : null;

  function remove(slot: Slot) {
    const index = sortSlots(picked).findIndex((item) => item.start === slot.start);
    onChange(togglePicked(picked, slot));
    // Focus goes to the next picked time's Remove (the previous one's at the end), or to the count when none is left.
    requestAnimationFrame(() => {
      const left = [...(pickedListRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const next = left[Math.min(index, left.length - 1)];
      if (next) next.focus();
      else countRef.current?.focus();
    });
  }

  let calendar: ReactNode;
  if (slots.isPending)
    calendar = (
      <div aria-busy="true">
        <output className="visually-hidden">Loading free times…</output>
        <Skeleton height="16rem" />
      </div>
    );
  else if (slots.isError) calendar = <Alert tone="error">{describeError(slots.error)}</Alert>;
  else if (openDates.length === 0)
    calendar = <p className="muted">This link has no free times in the next two weeks.</p>;
  else
    calendar = (
      <div className="slot-picker__columns">
        <MonthCalendar
          month={month}
          today={today}
          firstMonth={firstMonth}
          lastMonth={lastMonth}
          isSelectable={(date) => slotsByDate.has(date)}
          describeDay={(date) => {
            const free = slotsByDate.get(date) ?? [];
            const count = free.filter((slot) => pickedStarts.has(slot.start)).length;
            const times = `${free.length} free ${free.length === 1 ? 'time' : 'times'}`;
            return count > 0 ? `${times}, ${count} picked` : times;
          }}
          selectedDate={selectedDate}
          onSelectDate={setChosenDate}
          onMonthChange={(next) => {
            setChosenMonth(next);
            setChosenDate(null);
          }}
        />
        <section className="slot-picker__times" aria-labelledby="slot-picker-day">
          <h3 id="slot-picker-day" className="day-times__title">
            {dayName ?? 'Times'}
          </h3>
          {selectedDate && dayName ? (
            <ul className="day-times__list" aria-label={`Free times on ${dayName}`}>
              {(slotsByDate.get(selectedDate) ?? []).map((slot) => (
                <li key={slot.start}>
                  <button
                    type="button"
                    className="day-times__slot"
                    aria-pressed={pickedStarts.has(slot.start)}
                    onClick={() => onChange(togglePicked(picked, slot))}
                  >
                    {formatTime(slot.start, timeZone)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No free times this month: try the next one.</p>
          )}
        </section>
      </div>
    );

  return (
    <fieldset className="stack slot-picker" aria-describedby={error ? errorId : undefined}>
      <legend className="visually-hidden">Times to offer</legend>
      <p className="muted">Times in {timeZone}. Press a time to pick it, again to drop it.</p>
      {calendar}
      <section className="stack slot-picker__picked" aria-labelledby="slot-picker-picked">
        <h3 id="slot-picker-picked" className="day-times__title">
          Picked times
        </h3>
        <output ref={countRef} tabIndex={-1} className="slot-picker__count">
          {countPicked(picked.length)}
        </output>
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
        {picked.length > 0 ? (
          <ul ref={pickedListRef} className="row-list" aria-label="Picked times">
            {sortSlots(picked).map((slot) => {
              const label = describePickedSlot(slot, timeZone);
              return (
                <li key={slot.start} className="row-list__item">
                  <span>{label}</span>
                  <Button variant="ghost" aria-label={`Remove ${label}`} onClick={() => remove(slot)}>
                    Remove
                  </Button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </fieldset>
  );
}
