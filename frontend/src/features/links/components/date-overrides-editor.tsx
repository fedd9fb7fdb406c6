import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import {
  type DateOverride,
  type FieldErrors,
  formatLocalDate,
  type LinkDraft,
  type TimeRange,
  weekdayOfDate,
} from '../model/link-draft';

interface DateOverridesEditorProps {
  draft: Pick<LinkDraft, 'weeklyHours' | 'excludedDates' | 'dateOverrides'>;
  errors: FieldErrors;
  onChange: (dateOverrides: DateOverride[]) => void;
}

const OFFICE_HOURS: TimeRange[] = [{ start: '09:00', end: '17:00' }];

/** Dates whose own hours replace their weekday's, or that are closed: a date plus time ranges. */
export function DateOverridesEditor({ draft, errors, onChange }: DateOverridesEditorProps) {
  const [newDate, setNewDate] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [focusDate, setFocusDate] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLFieldSetElement>());
  const dateInput = useRef<HTMLInputElement>(null);
  const { dateOverrides } = draft;

  useEffect(() => {
    if (!focusDate) return;
    const item = items.current.get(focusDate);
    item?.querySelector<HTMLInputElement>('input[type="time"], input')?.focus();
    setFocusDate(null);
  }, [focusDate]);

  /** The weekday's hours to start from, so the owner edits what that date would otherwise offer. */
  function usualHours(date: string): TimeRange[] {
    const weekdayHours = draft.weeklyHours[weekdayOfDate(date)];
    return weekdayHours.length > 0 ? weekdayHours : OFFICE_HOURS;
  }

  function addDate() {
    if (!newDate) return;
    if (dateOverrides.some((override) => override.date === newDate)) {
      setFocusDate(newDate);
      setNewDate('');
      return;
    }
    if (draft.excludedDates.some((excluded) => excluded.date === newDate)) {
      setAddError(`${formatLocalDate(newDate)} is a day off. Remove it from the days off first.`);
      return;
    }
    onChange(
      [...dateOverrides, { date: newDate, ranges: usualHours(newDate) }].sort((left, right) =>
        left.date.localeCompare(right.date),
      ),
    );
    setAddError(undefined);
    setFocusDate(newDate);
    setNewDate('');
  }

  function update(index: number, ranges: TimeRange[]) {
    onChange(dateOverrides.map((override, at) => (at === index ? { ...override, ranges } : override)));
  }

  return (
    <fieldset className="fieldset">
      <legend>Date-specific hours</legend>
      <p className="muted">On these dates, the hours below replace the weekday’s hours.</p>
      <div className="row">
        <TextField
          ref={dateInput}
          label="Date with its own hours"
          type="date"
          value={newDate}
          error={addError}
          onChange={(event) => {
            setNewDate(event.target.value);
            setAddError(undefined);
          }}
        />
        <Button variant="secondary" onClick={addDate} disabled={!newDate}>
          Add date
        </Button>
      </div>
      {dateOverrides.length === 0 ? <p className="muted">No dates with their own hours.</p> : null}
      {dateOverrides.length > 0 ? (
        <ul className="date-overrides" aria-label="Dates with their own hours">
          {dateOverrides.map((override, index) => {
            const dateLabel = formatLocalDate(override.date);
            const path = `settings.dateOverrides.${index}`;
            const dateError = errors[`${path}.date`];
            const isClosed = override.ranges.length === 0;
            return (
              <li key={override.date}>
                <fieldset
                  className="date-override"
                  ref={(element) => {
                    if (element) items.current.set(override.date, element);
                    else items.current.delete(override.date);
                  }}
                >
                  <legend>{dateLabel}</legend>
                  {dateError ? (
                    <p className="field__error" role="alert">
                      {dateError}
                    </p>
                  ) : null}
                  {override.ranges.map((range, rangeIndex) => {
                    const rangePath = `${path}.ranges.${rangeIndex}`;
                    const rangeError =
                      errors[rangePath] ?? errors[`${rangePath}.start`] ?? errors[`${rangePath}.end`];
                    const setRange = (patch: Partial<TimeRange>) =>
                      update(
                        index,
                        override.ranges.map((item, at) => (at === rangeIndex ? { ...item, ...patch } : item)),
                      );
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a range has no identity beyond its position
                      <div key={rangeIndex} className="weekday__range">
                        <TextField
                          label="From"
                          type="time"
                          value={range.start}
                          error={rangeError}
                          onChange={(event) => setRange({ start: event.target.value })}
                        />
                        <TextField
                          label="Until"
                          type="time"
                          value={range.end === '24:00' ? '23:59' : range.end}
                          onChange={(event) => setRange({ end: event.target.value })}
                        />
                        <Button
                          variant="ghost"
                          aria-label={`Remove hours ${range.start}–${range.end} on ${dateLabel}`}
                          onClick={() => {
                            update(
                              index,
                              override.ranges.filter((_item, at) => at !== rangeIndex),
                            );
                            // The date's remaining choices: its first field, or "Closed all day" once none is left.
                            requestAnimationFrame(() =>
                              items.current
                                .get(override.date)
                                ?.querySelector<HTMLInputElement>('input')
                                ?.focus(),
                            );
                          }}
                        >
                          Remove
                        </Button>
                      </div>
                    );
                  })}
                  <label className="option option--block">
                    <input
                      type="checkbox"
                      checked={isClosed}
                      onChange={(event) =>
                        update(index, event.target.checked ? [] : usualHours(override.date))
                      }
                    />
                    Closed all day
                  </label>
                  <div className="row">
                    <Button
                      variant="secondary"
                      aria-label={`Add hours on ${dateLabel}`}
                      onClick={() => {
                        update(index, [...override.ranges, followingRange(override.ranges)]);
                        // The new range's "From", so the keyboard carries on where the hours were added.
                        requestAnimationFrame(() => {
                          const times = items.current
                            .get(override.date)
                            ?.querySelectorAll<HTMLInputElement>('input[type="time"]');
                          times?.[times.length - 2]?.focus();
                        });
                      }}
                    >
                      Add hours
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={`Remove date ${dateLabel}`}
                      onClick={() => {
                        onChange(dateOverrides.filter((_item, at) => at !== index));
                        // Back to where dates are added; the list it was in may be gone.
                        requestAnimationFrame(() => dateInput.current?.focus());
                      }}
                    >
                      Remove date
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** An hour after the last range, or office hours on a closed date. */
function followingRange(ranges: TimeRange[]): TimeRange {
  const last = ranges.at(-1);
  if (!last) return { start: '09:00', end: '17:00' };
  const [hours = 0, minutes = 0] = last.end.split(':').map(Number);
  const start = Math.min(hours * 60 + minutes, 23 * 60);
  return { start: clock(start), end: clock(Math.min(start + 60, 23 * 60 + 59)) };
}

function clock(totalMinutes: number): string {
  return `${String(Math.floor(totalMinutes / 60)).padStart(2, '0')}:${String(totalMinutes % 60).padStart(2, '0')}`;
}
