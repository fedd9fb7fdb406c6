import { type KeyboardEvent, useId, useMemo } from 'react';
import {
  addMonths,
  type CalendarMonth,
  compareMonths,
  firstDayOfWeek,
  formatMonth,
  monthGrid,
  weekdayNames,
} from '../../lib/calendar';

export interface MonthCalendarProps {
  month: CalendarMonth;
  /** Today's date where the visitor is (`YYYY-MM-DD`): marked in the grid. */
  today: string;
  /** Days that can be chosen; every other day is shown but disabled. */
  isSelectable: (date: string) => boolean;
  selectedDate: string | null;
  onSelectDate: (date: string) => void;
  onMonthChange: (month: CalendarMonth) => void;
  /** The months the arrows may reach. */
  firstMonth: CalendarMonth;
  lastMonth?: CalendarMonth | undefined;
  /** Extra words for a day's accessible name ("3 free times"). */
  describeDay?: ((date: string) => string) | undefined;
  /** Weekday and month names and the week's first day; default: the browser's. */
  locale?: string | undefined;
  /** While days are still loading: the grid keeps its place, every day disabled. */
  isBusy?: boolean;
}

/**
 * A month of day buttons: today marked, selectable days emphasised, arrow keys move between days. Purely
 * presentational: the caller says which days can be chosen and what a choice does.
 */
export function MonthCalendar({
  month,
  today,
  isSelectable,
  selectedDate,
  onSelectDate,
  onMonthChange,
  firstMonth,
  lastMonth,
  describeDay,
  locale,
  isBusy = false,
}: MonthCalendarProps) {
  const titleId = useId();
  const firstDay = useMemo(() => firstDayOfWeek(locale), [locale]);
  const weekdays = useMemo(() => weekdayNames(locale, firstDay), [locale, firstDay]);
  const longWeekdays = useMemo(() => weekdayNames(locale, firstDay, 'long'), [locale, firstDay]);
  const dayLabel = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
    [locale],
  );
  const dayNumber = useMemo(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' }),
    [locale],
  );
  const cells = monthGrid(month, firstDay);
  const canGoBack = compareMonths(month, firstMonth) > 0;
  const canGoForward = !lastMonth || compareMonths(month, lastMonth) < 0;

  function moveFocus(event: KeyboardEvent<HTMLFieldSetElement>) {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let step = steps[event.key];
    if (step === undefined || !(event.target instanceof HTMLButtonElement)) return;
    if (getComputedStyle(event.currentTarget).direction === 'rtl' && Math.abs(step) === 1) step = -step;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-date]')];
    let index = buttons.indexOf(event.target) + step;
    while (index >= 0 && index < buttons.length && buttons[index]?.disabled) index += Math.sign(step);
    const next = buttons[index];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    <div className="month-calendar">
      <div className="month-calendar__head">
        <h3 className="month-calendar__title" id={titleId} aria-live="polite">
          {formatMonth(month, locale)}
        </h3>
        <div className="month-calendar__nav">
          <button
            type="button"
            className="month-calendar__arrow"
            aria-label="Previous month"
            disabled={!canGoBack}
            onClick={() => onMonthChange(addMonths(month, -1))}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="month-calendar__arrow"
            aria-label="Next month"
            disabled={!canGoForward}
            onClick={() => onMonthChange(addMonths(month, 1))}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      <fieldset
        className="month-calendar__grid"
        aria-labelledby={titleId}
        aria-busy={isBusy || undefined}
        onKeyDown={moveFocus}
      >
        {weekdays.map((name, index) => (
          <abbr key={name} className="month-calendar__weekday" title={longWeekdays[index]}>
            {name}
          </abbr>
        ))}
        {cells.map((date, index) => {
          if (!date)
            // biome-ignore lint/suspicious/noArrayIndexKey: a blank cell is its place in the grid
            return <span key={`blank-${index}`} className="month-calendar__cell" aria-hidden="true" />;
          const isOpen = !isBusy && isSelectable(date);
          const isToday = date === today;
          const words = [
            dayLabel.format(new Date(`${date}T00:00:00Z`)),
            isToday ? 'today' : '',
            describeDay?.(date) ?? '',
          ];
          return (
            <button
              key={date}
              type="button"
              data-date={date}
              className={[
                'month-calendar__cell',
                'month-calendar__day',
                isOpen ? 'month-calendar__day--open' : '',
                isToday ? 'month-calendar__day--today' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              disabled={!isOpen}
              aria-pressed={selectedDate === date}
              aria-current={isToday ? 'date' : undefined}
              aria-label={words.filter(Boolean).join(', ')}
              onClick={() => onSelectDate(date)}
            >
              {dayNumber.format(new Date(`${date}T00:00:00Z`))}
            </button>
          );
        })}
      </fieldset>
    </div>
  );
}
