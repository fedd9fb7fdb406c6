import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MonthCalendar } from './month-calendar';

const open = new Set(['2026-12-01', '2026-12-02', '2026-12-04']);

function renderCalendar(locale: string, overrides: Partial<Parameters<typeof MonthCalendar>[0]> = {}) {
  const onSelectDate = vi.fn();
  const onMonthChange = vi.fn();
  render(
    <MonthCalendar
      month={{ year: 2026, month: 12 }}
      today="2026-12-01"
      isSelectable={(date) => open.has(date)}
      selectedDate="2026-12-02"
      onSelectDate={onSelectDate}
      onMonthChange={onMonthChange}
      firstMonth={{ year: 2026, month: 12 }}
      locale={locale}
      {...overrides}
    />,
  );
  return { onSelectDate, onMonthChange, user: userEvent.setup() };
}

describe('MonthCalendar', () => {
  it('names the month and weekdays in the locale and starts the week where it does', () => {
    renderCalendar('he-IL');
    const headers = document.querySelectorAll('.month-calendar__weekday');
    expect(headers[0]?.getAttribute('title')).toBe('יום ראשון');
    // 1 December 2026 is a Tuesday: two blank cells before it when Sunday starts the week.
    const cells = [...document.querySelectorAll('.month-calendar__grid > .month-calendar__cell')];
    expect(cells.slice(0, 3).map((cell) => cell.tagName)).toEqual(['SPAN', 'SPAN', 'BUTTON']);
    expect(screen.getByRole('heading', { name: /דצמבר 2026/ })).toBeInTheDocument();
  });

  it('starts on Monday in en-GB, marks today and the selected day, and disables days without times', () => {
    renderCalendar('en-GB');
    expect(document.querySelector('.month-calendar__weekday')?.textContent).toBe('Mon');
    const today = screen.getByRole('button', { name: /^\w+,? 1 December, today/ });
    expect(today).toHaveAttribute('aria-current', 'date');
    expect(screen.getByRole('button', { name: /^\w+,? 2 December/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^\w+,? 3 December/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous month' })).toBeDisabled();
  });

  it('chooses a day, moves between open days with the arrow keys and pages months', async () => {
    const { onSelectDate, onMonthChange, user } = renderCalendar('en-GB');
    await user.click(screen.getByRole('button', { name: /^\w+,? 4 December/ }));
    expect(onSelectDate).toHaveBeenCalledWith('2026-12-04');
    screen.getByRole('button', { name: /^\w+,? 2 December/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^\w+,? 4 December/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(onMonthChange).toHaveBeenCalledWith({ year: 2027, month: 1 });
    expect(within(document.body).getAllByRole('button', { name: /December/ })).toHaveLength(31);
  });
});
