import { describe, expect, it } from 'vitest';
import { describeMonths } from './slot-picker';

describe('describeMonths', () => {
  it('names the month, or the months, a day grid spans', () => {
    expect(describeMonths('2026-12-01', '2026-12-31')).toBe('December 2026');
    expect(describeMonths('2026-11-26', '2026-12-23')).toBe('November – December 2026');
    expect(describeMonths('2026-12-20', '2027-01-16')).toBe('December 2026 – January 2027');
  });
});
