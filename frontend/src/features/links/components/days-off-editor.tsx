import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { PublicHoliday } from '../api/get-holidays';
import { type ExcludedDate, type FieldErrors, formatLocalDate, type LinkDraft } from '../model/link-draft';
import { HolidaysPicker } from './holidays-picker';

interface DaysOffEditorProps {
  draft: Pick<LinkDraft, 'timeZone' | 'excludedDates' | 'dateOverrides'>;
  errors: FieldErrors;
  onChange: (excludedDates: ExcludedDate[]) => void;
}

const byDate = (left: ExcludedDate, right: ExcludedDate) => left.date.localeCompare(right.date);

/** Whole dates with nothing offered, one by one or a country's public holidays at once, each with its name. */
export function DaysOffEditor({ draft, errors, onChange }: DaysOffEditorProps) {
  const [newDate, setNewDate] = useState('');
  const [isPickingHolidays, setIsPickingHolidays] = useState(false);
  const [status, setStatus] = useState('');
  const dateInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const addHolidaysButton = useRef<HTMLButtonElement>(null);
  const { excludedDates } = draft;

  function addExcludedDate() {
    if (!newDate) return;
    if (!excludedDates.some((excluded) => excluded.date === newDate)) {
      onChange([...excludedDates, { date: newDate }].sort(byDate));
      setStatus(`Added ${formatLocalDate(newDate)} to the days off.`);
    }
    setNewDate('');
    // The button disables itself once the field is empty: keep focus where the next date is typed.
    dateInput.current?.focus();
  }

  /** Focus moves to the next day off's remove button (or the previous one), or to the date field when none is left. */
  function removeExcludedDate(date: string) {
    const index = excludedDates.findIndex((item) => item.date === date);
    const remaining = excludedDates.filter((item) => item.date !== date);
    onChange(remaining);
    const neighbour = remaining[Math.min(index, remaining.length - 1)];
    requestAnimationFrame(() => {
      const target = neighbour
        ? list.current?.querySelector<HTMLElement>(`[data-date="${neighbour.date}"]`)
        : dateInput.current;
      target?.focus();
    });
  }

  function addHolidays(holidays: PublicHoliday[]) {
    const added = holidays.map((holiday) => ({ date: holiday.date, label: holiday.name }));
    onChange([...excludedDates, ...added].sort(byDate));
    setIsPickingHolidays(false);
    setStatus(`Added ${added.length} public ${added.length === 1 ? 'holiday' : 'holidays'} to the days off.`);
    // The list now holds the new days: take the owner there (rendered on the next frame).
    requestAnimationFrame(() => list.current?.focus());
  }

  return (
    <fieldset className="fieldset">
      <legend>Days off (holidays, vacation)</legend>
      <div className="row">
        <TextField
          ref={dateInput}
          label="Day off"
          type="date"
          value={newDate}
          error={errors['settings.excludedDates']}
          onChange={(event) => setNewDate(event.target.value)}
        />
        <Button variant="secondary" onClick={addExcludedDate} disabled={!newDate}>
          Add day off
        </Button>
        {isPickingHolidays ? null : (
          <Button ref={addHolidaysButton} variant="secondary" onClick={() => setIsPickingHolidays(true)}>
            Add public holidays
          </Button>
        )}
      </div>
      {isPickingHolidays ? (
        <HolidaysPicker
          timeZone={draft.timeZone}
          excludedDates={excludedDates}
          dateOverrides={draft.dateOverrides}
          onAdd={addHolidays}
          onCancel={() => {
            setIsPickingHolidays(false);
            requestAnimationFrame(() => addHolidaysButton.current?.focus());
          }}
        />
      ) : null}
      <output className="visually-hidden">{status}</output>
      {excludedDates.length > 0 ? (
        <ul ref={list} tabIndex={-1} className="chip-list" aria-label="Days off">
          {excludedDates.map(({ date, label }) => (
            <li key={date} className="chip">
              <span>{date}</span>
              {label ? <span> {label}</span> : null}
              <Button
                variant="ghost"
                data-date={date}
                aria-label={`Remove day off ${date}${label ? ` (${label})` : ''}`}
                onClick={() => removeExcludedDate(date)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No days off.</p>
      )}
    </fieldset>
  );
}
