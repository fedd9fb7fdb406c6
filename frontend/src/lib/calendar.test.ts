import { describe, expect, it } from 'vitest';
import { addMonths, firstDayOfWeek, formatMonth, monthGrid, weekdayNames } from './calendar';

describe('calendar', () => {
  it('starts the week where the locale does', () => {
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('he-IL')).toBe(7);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('de-DE')).toBe(1);
  });

  it('names weekdays and months in the locale, from the first day of its week', () => {
    expect(weekdayNames('en-US', 7)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdayNames('en-GB', 1)[0]).toBe('Mon');
    expect(weekdayNames('he-IL', 7)[0]).toMatch(/א/);
    expect(formatMonth({ year: 2026, month: 12 }, 'en-GB')).toBe('December 2026');
    expect(formatMonth({ year: 2026, month: 12 }, 'de-DE')).toBe('Dezember 2026');
  });

  it('lays a month out in six full weeks from the given first day', () => {
    // 1 December 2026 is a Tuesday.
    const mondayFirst = monthGrid({ year: 2026, month: 12 }, 1);
    expect(mondayFirst).toHaveLength(42);
    expect(mondayFirst.slice(0, 3)).toEqual([null, '2026-12-01', '2026-12-02']);
    const sundayFirst = monthGrid({ year: 2026, month: 12 }, 7);
    expect(sundayFirst.slice(0, 3)).toEqual([null, null, '2026-12-01']);
    expect(sundayFirst.filter(Boolean)).toHaveLength(31);
  });

  it('steps months across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });
});
