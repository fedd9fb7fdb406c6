import { afterEach, expect } from 'vitest';
import { takePolicyViolations } from './browser';

// The service sends a strict Content-Security-Policy: anything it refuses (a script, a style, a frame) is a
// broken page, whether or not the test's own checks happened to notice.
afterEach(() => {
  expect(takePolicyViolations()).toEqual([]);
});
