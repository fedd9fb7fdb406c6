import { describe, expect, it } from 'vitest';
import { readAnalyticsRange, shiftDate, validateAnalyticsRange } from './analytics-range';

describe('analytics range', () => {
  it('accepts up to 366 days, both ends included, as the service does', () => {
    expect(validateAnalyticsRange({ from: '2028-01-01', to: '2028-12-31' })).toEqual({});
    expect(validateAnalyticsRange({ from: '2026-01-01', to: '2027-01-01' })).toEqual({});
    expect(validateAnalyticsRange({ from: '2026-01-01', to: '2027-01-02' }).to).toMatch(/At most 366 days/);
    expect(validateAnalyticsRange({ from: '2026-01-02', to: '2026-01-01' }).to).toMatch(/on or after/);
  });

  it('refuses unreal dates and years the service refuses', () => {
    expect(validateAnalyticsRange({ from: '2026-02-30', to: '2026-03-01' }).from).toBeDefined();
    expect(validateAnalyticsRange({ from: '1969-12-31', to: '1970-01-01' }).from).toBeDefined();
    expect(validateAnalyticsRange({ from: '2199-12-31', to: '2200-01-01' }).to).toBeDefined();
  });

  it('reads a usable range from the URL, or none', () => {
    expect(readAnalyticsRange(new URLSearchParams('from=2026-01-01&to=2026-01-31'))).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(readAnalyticsRange(new URLSearchParams('from=2026-01-01'))).toBeNull();
    expect(readAnalyticsRange(new URLSearchParams('from=2026-01-01&to=2025-01-01'))).toBeNull();
  });

  it('shifts calendar dates across months and leap days', () => {
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDate('2026-01-01', 365)).toBe('2027-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });
});
