import { describe, expect, it } from 'vitest';
import { computeRetryDelay, parseRetryAfter } from './retry';

describe('parseRetryAfter', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');

  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('computeRetryDelay', () => {
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles the ceiling per attempt with jitter in its upper half, capped at maxDelayMs', () => {
    expect(computeRetryDelay(policy, 1, undefined, () => 0)).toBe(50);
    expect(computeRetryDelay(policy, 1, undefined, () => 1)).toBe(100);
    expect(computeRetryDelay(policy, 3, undefined, () => 1)).toBe(400);
    expect(computeRetryDelay(policy, 10, undefined, () => 1)).toBe(1_000);
  });

  it('waits exactly what Retry-After asked for', () => {
    expect(computeRetryDelay(policy, 1, 5_000, () => 0)).toBe(5_000);
  });
});
