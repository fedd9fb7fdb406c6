/**
 * When a failed webhook attempt is tried again. The delay triples from `baseSeconds` on (10 s, 30 s,
 * 1.5 min, ... 6 h, 18 h with the default 10 s), so the ten attempts of one round span about 27 hours: a
 * subscriber that is down for a day still gets every event.
 */
export const WEBHOOK_MAX_ATTEMPTS = 10;

/** An endpoint whose every attempt failed for this long is switched off, and its owner told. */
export const FAILING_ENDPOINT_DISABLE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** Seconds to wait after the `failedAttempts`-th failed attempt (1 = the first attempt failed). */
export function retryDelaySeconds(failedAttempts: number, baseSeconds: number): number {
  return baseSeconds * 3 ** Math.max(0, failedAttempts - 1);
}
