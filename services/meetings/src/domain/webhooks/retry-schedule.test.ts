import { describe, expect, it } from 'vitest';
import { retryDelaySeconds, WEBHOOK_MAX_ATTEMPTS } from './retry-schedule';

describe('webhook retry schedule', () => {
  it('grows threefold from the base delay', () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, 10))).toEqual([10, 30, 90, 270]);
  });

  it('spreads one round of attempts over at least 24 hours with the default base', () => {
    let total = 0;
    for (let failed = 1; failed < WEBHOOK_MAX_ATTEMPTS; failed++) total += retryDelaySeconds(failed, 10);
    expect(total).toBeGreaterThanOrEqual(24 * 3600);
  });

  it('retries at once when the base is zero (tests, local development)', () => {
    expect(retryDelaySeconds(5, 0)).toBe(0);
  });
});
