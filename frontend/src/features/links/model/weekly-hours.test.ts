import { describe, expect, it } from 'vitest';
import { createDraft } from './link-draft';
import { copyHours, nextRange, timeChoices, WORKING_DAYS } from './weekly-hours';

describe('weekly hours', () => {
  it('offers every quarter hour, an end up to 24:00, and keeps an off-grid saved time', () => {
    expect(timeChoices('start', '09:00')).toHaveLength(96);
    expect(timeChoices('start', '09:00').at(-1)).toBe('23:45');
    expect(timeChoices('end', '17:00')[0]).toBe('00:15');
    expect(timeChoices('end', '17:00').at(-1)).toBe('24:00');
    const offGrid = timeChoices('start', '09:10');
    expect(offGrid).toContain('09:10');
    expect(offGrid.indexOf('09:10')).toBe(offGrid.indexOf('09:00') + 1);
  });

  it('copies one day to others as separate ranges and leaves the rest alone', () => {
    const { weeklyHours } = createDraft('UTC');
    const withMonday = { ...weeklyHours, mon: [{ start: '08:30', end: '12:00' }] };
    const copied = copyHours(withMonday, 'mon', WORKING_DAYS);
    expect(copied.fri).toEqual([{ start: '08:30', end: '12:00' }]);
    expect(copied.sat).toEqual([]);
    expect(copied.fri).not.toBe(copied.mon);
    expect(copied.fri[0]).not.toBe(copied.mon[0]);
  });

  it('starts a new range where the last ended, within the day', () => {
    expect(nextRange([])).toEqual({ start: '09:00', end: '17:00' });
    expect(nextRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:00', end: '13:00' });
    expect(nextRange([{ start: '22:00', end: '24:00' }])).toEqual({ start: '23:00', end: '24:00' });
  });
});
