import { describe, expect, it } from 'vitest';
import { countBookings, groupByLocalDate } from '../src';
import { at, interval } from './factories';

describe('countBookings', () => {
  it('counts per local day and ISO week in the given zone', () => {
    const counts = countBookings(
      [
        at('2026-01-01T03:00:00Z'),
        at('2026-01-01T15:00:00Z'),
        at('2026-01-05T15:00:00Z'),
        at('2025-12-28T15:00:00Z'),
      ],
      'America/New_York',
    );
    expect(Object.fromEntries(counts.perDay)).toEqual({
      '2025-12-31': 1,
      '2026-01-01': 1,
      '2026-01-05': 1,
      '2025-12-28': 1,
    });
    expect(Object.fromEntries(counts.perWeek)).toEqual({ '2026-W01': 2, '2026-W02': 1, '2025-W52': 1 });
  });

  it('returns empty maps for no bookings', () => {
    const counts = countBookings([], 'UTC');
    expect(counts.perDay.size).toBe(0);
    expect(counts.perWeek.size).toBe(0);
  });
});

describe('groupByLocalDate', () => {
  it('groups by the local date of each start, dates ascending', () => {
    const late = interval('2026-06-15T16:00:00Z', '2026-06-15T17:00:00Z');
    const early = interval('2026-06-15T14:00:00Z', '2026-06-15T15:00:00Z');
    const previous = interval('2026-06-14T12:00:00Z', '2026-06-14T13:00:00Z');
    expect(groupByLocalDate([early, late, previous], 'Asia/Tokyo')).toEqual([
      { date: '2026-06-14', slots: [previous] },
      { date: '2026-06-15', slots: [early] },
      { date: '2026-06-16', slots: [late] },
    ]);
  });
});
