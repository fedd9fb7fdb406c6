import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import {
  type FieldErrors,
  type LinkDraft,
  type TimeRange,
  WEEKDAY_NAMES,
  WEEKDAYS,
  type Weekday,
} from '../model/link-draft';
import { ALL_DAYS, copyHours, nextRange, timeChoices, WORKING_DAYS } from '../model/weekly-hours';

interface WeeklyHoursEditorProps {
  draft: Pick<LinkDraft, 'timeZone' | 'weeklyHours'>;
  errors: FieldErrors;
  onChange: (weeklyHours: Record<Weekday, TimeRange[]>) => void;
}

/** Where focus goes after a range is added or removed: the new range, or the day's "add" button. */
type FocusTarget = { day: Weekday; index: number } | { day: Weekday; index: 'add' };

/**
 * One compact row per range in a table: each time is a quarter-hour select named by its day's row header and its
 * column header ("Monday From"), so a screen reader reads what the eye sees.
 */
export function WeeklyHoursEditor({ draft, errors, onChange }: WeeklyHoursEditorProps) {
  const id = useId();
  const fromId = `${id}-from`;
  const toId = `${id}-to`;
  const [status, setStatus] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const { weeklyHours } = draft;

  useEffect(() => {
    if (!focusTarget) return;
    const selector =
      focusTarget.index === 'add'
        ? `[data-add-day="${focusTarget.day}"]`
        : `[data-range="${focusTarget.day}-${focusTarget.index}"]`;
    table.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function setRanges(day: Weekday, ranges: TimeRange[]) {
    onChange({ ...weeklyHours, [day]: ranges });
  }

  function copyMonday(to: readonly Weekday[], description: string) {
    const targets = to.filter((day) => day !== 'mon');
    onChange(copyHours(weeklyHours, 'mon', targets));
    const hours = weeklyHours.mon.map((range) => `${range.start}–${range.end}`).join(', ') || 'closed';
    setStatus(`Copied Monday’s hours (${hours}) to ${description}.`);
  }

  const dayErrorId = (day: Weekday, index: number) => `${id}-${day}-${index}-error`;

  return (
    <fieldset className="fieldset hours-fieldset">
      <legend>Business hours ({draft.timeZone})</legend>
      {errors['settings.weeklyHours'] ? (
        <p className="field__error" role="alert">
          {errors['settings.weeklyHours']}
        </p>
      ) : null}
      <table ref={table} className="hours-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" id={fromId}>
              From
            </th>
            <th scope="col" id={toId}>
              To
            </th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => {
            const ranges = weeklyHours[day];
            const dayId = `${id}-${day}`;
            const rowCount =
              Math.max(ranges.length, 1) +
              ranges.filter((_range, index) => errors[`settings.weeklyHours.${day}.${index}`]).length;
            const addButton = (
              <Button
                variant="ghost"
                className="hours-table__icon"
                data-add-day={day}
                aria-label={`Add hours on ${WEEKDAY_NAMES[day]}`}
                onClick={() => {
                  setRanges(day, [...ranges, nextRange(ranges)]);
                  setFocusTarget({ day, index: ranges.length });
                }}
              >
                +
              </Button>
            );
            const dayHeader = (
              <th scope="row" id={dayId} rowSpan={rowCount} className="hours-table__day">
                <span className="hours-table__day-long">{WEEKDAY_NAMES[day]}</span>
                <span className="hours-table__day-short" aria-hidden="true">
                  {WEEKDAY_NAMES[day].slice(0, 3)}
                </span>
              </th>
            );

            // Right under Monday, so setting Monday and copying it takes a few Tabs, not one per day.
            const copyRow =
              day === 'mon' ? (
                <tr className="hours-table__copy">
                  <td colSpan={4}>
                    <div className="row">
                      <Button
                        variant="secondary"
                        onClick={() => copyMonday(WORKING_DAYS, 'Tuesday to Friday')}
                      >
                        Copy Monday to weekdays
                      </Button>
                      <Button variant="secondary" onClick={() => copyMonday(ALL_DAYS, 'every day')}>
                        Copy Monday to all days
                      </Button>
                    </div>
                  </td>
                </tr>
              ) : null;
            if (ranges.length === 0) {
              return (
                <Fragment key={day}>
                  <tr className="hours-table__first">
                    {dayHeader}
                    <td colSpan={2} className="muted">
                      Unavailable
                    </td>
                    <td className="hours-table__actions">{addButton}</td>
                  </tr>
                  {copyRow}
                </Fragment>
              );
            }
            const rows = ranges.map((range, index) => {
              const error = errors[`settings.weeklyHours.${day}.${index}`];
              const errorId = error ? dayErrorId(day, index) : undefined;
              // A second range of a day is told apart by its position ("Monday From (2nd)").
              const positionId = `${dayId}-${index}-position`;
              const labelledBy = (columnId: string) =>
                [dayId, columnId, index > 0 ? positionId : null].filter(Boolean).join(' ');
              const setRange = (patch: Partial<TimeRange>) =>
                setRanges(
                  day,
                  ranges.map((item, at) => (at === index ? { ...item, ...patch } : item)),
                );
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a range has no identity beyond its position
                <Fragment key={`${day}-${index}`}>
                  <tr className={index === 0 ? 'hours-table__first' : undefined}>
                    {index === 0 ? dayHeader : null}
                    <td>
                      <TimeSelect
                        kind="start"
                        value={range.start}
                        rangeKey={`${day}-${index}`}
                        labelledBy={labelledBy(fromId)}
                        errorId={errorId}
                        onChange={(start) => setRange({ start })}
                      />
                    </td>
                    <td>
                      <TimeSelect
                        kind="end"
                        value={range.end}
                        labelledBy={labelledBy(toId)}
                        errorId={errorId}
                        onChange={(end) => setRange({ end })}
                      />
                    </td>
                    <td className="hours-table__actions">
                      {index > 0 ? (
                        <span id={positionId} className="visually-hidden">
                          ({ordinal(index + 1)})
                        </span>
                      ) : null}
                      <Button
                        variant="ghost"
                        className="hours-table__icon"
                        aria-label={`Remove ${WEEKDAY_NAMES[day]} ${range.start}–${range.end}`}
                        onClick={() => {
                          setRanges(
                            day,
                            ranges.filter((_item, at) => at !== index),
                          );
                          setFocusTarget(
                            index > 0
                              ? { day, index: index - 1 }
                              : { day, index: ranges.length > 1 ? 0 : 'add' },
                          );
                        }}
                      >
                        ×
                      </Button>
                      {index === ranges.length - 1 ? addButton : null}
                    </td>
                  </tr>
                  {error ? (
                    <tr>
                      <td colSpan={3}>
                        <p className="field__error" id={errorId}>
                          {error}
                        </p>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            });
            return (
              <Fragment key={day}>
                {rows}
                {copyRow}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <output className="visually-hidden">{status}</output>
    </fieldset>
  );
}

interface TimeSelectProps {
  kind: 'start' | 'end';
  value: string;
  labelledBy: string;
  errorId: string | undefined;
  rangeKey?: string;
  onChange: (value: string) => void;
}

/** A time in quarter hours: one Tab stop, arrow keys step 15 minutes, typing "08:3" jumps to 08:30. */
function TimeSelect({ kind, value, labelledBy, errorId, rangeKey, onChange }: TimeSelectProps) {
  return (
    <select
      className="field__select hours-table__time"
      value={value}
      data-range={rangeKey}
      aria-labelledby={labelledBy}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
      onChange={(event) => onChange(event.target.value)}
    >
      {timeChoices(kind, value).map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

function ordinal(position: number): string {
  return `${position}${ORDINAL_SUFFIXES[ordinalRules.select(position)] ?? 'th'}`;
}
