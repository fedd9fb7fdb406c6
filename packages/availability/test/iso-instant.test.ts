import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoInstant } from '../src/iso-instant';

describe('toIsoInstant', () => {
  it('writes exactly what Date#toISOString writes, for every instant from 1970 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(toIsoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes day boundaries and the last millisecond of a day', () => {
    for (const ms of [
      0,
      Date.UTC(2026, 2, 29),
      Date.UTC(2026, 2, 29) - 1,
      Date.UTC(2028, 1, 29, 23, 59, 59, 999),
    ]) {
      expect(toIsoInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
