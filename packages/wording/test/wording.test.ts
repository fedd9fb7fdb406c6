import { describe, expect, it } from 'vitest';
import { formatMinutes, initialsOf } from '../src';

describe('the product’s wording', () => {
  it('initials: first letters of the first and last words, whole characters', () => {
    expect(initialsOf('Ann Example')).toBe('AE');
    expect(initialsOf('  ann  ')).toBe('A');
    expect(initialsOf('Ann Maria von Example')).toBe('AE');
    expect(initialsOf('😀 émile')).toBe('😀É');
    expect(initialsOf('')).toBe('');
  });

  it('meeting lengths', () => {
    expect([15, 60, 90, 120].map(formatMinutes)).toEqual(['15 min', '1 h', '1 h 30 min', '2 h']);
  });
});
