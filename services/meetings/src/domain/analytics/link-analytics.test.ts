import { describe, expect, it } from 'vitest';
import { addDays, summarizeAnalytics, validateAnalyticsRange } from './link-analytics';

describe('summarizeAnalytics', () => {
  it('fills every day and computes the conversion', () => {
    const result = summarizeAnalytics({ from: '2026-02-27', to: '2026-03-01', timeZone: 'UTC' }, [
      { date: '2026-02-28', kind: 'view', count: 3 },
      { date: '2026-02-28', kind: 'booked', count: 1 },
      { date: '2026-03-01', kind: 'cancelled', count: 1 },
      { date: '2026-03-01', kind: 'rescheduled', count: 2 },
      { date: '2026-03-02', kind: 'view', count: 9 },
    ]);
    expect(result.series).toEqual([
      { date: '2026-02-27', views: 0, bookings: 0, cancellations: 0, reschedules: 0 },
      { date: '2026-02-28', views: 3, bookings: 1, cancellations: 0, reschedules: 0 },
      { date: '2026-03-01', views: 0, bookings: 0, cancellations: 1, reschedules: 2 },
    ]);
    expect(result).toMatchObject({
      views: 3,
      bookings: 1,
      cancellations: 1,
      reschedules: 2,
      conversionRate: 0.3333,
    });
  });

  it('answers 0 conversion without views', () => {
    const result = summarizeAnalytics({ from: '2026-01-01', to: '2026-01-01', timeZone: 'UTC' }, [
      { date: '2026-01-01', kind: 'booked', count: 2 },
    ]);
    expect(result.conversionRate).toBe(0);
  });
});

describe('date range', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('refuses impossible dates, inverted and overlong ranges', () => {
    expect(validateAnalyticsRange('2026-02-30', '2026-03-01')[0]?.path).toBe('query.from');
    expect(validateAnalyticsRange('2026-03-02', '2026-03-01')[0]?.path).toBe('query.to');
    expect(validateAnalyticsRange('2025-01-01', '2026-03-01')[0]?.message).toMatch(/366/);
    expect(validateAnalyticsRange('2026-03-01', '2026-03-01')).toEqual([]);
  });
});
