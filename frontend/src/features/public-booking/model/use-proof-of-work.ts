import type { ApiClient } from '@bookings/api-client';
import { useCallback, useEffect, useRef } from 'react';
import { getBookingChallenge } from '../api/public-booking';
import { solveInBackground } from './solve-in-background';

/**
 * Starts solving the anti-spam challenge as soon as the page opens, while the visitor picks a time, so
 * submitting rarely waits. Each solution books once: `take()` hands the current one over and starts the next.
 */
export function useProofOfWork(api: ApiClient, token: string, isEnabled: boolean) {
  const pending = useRef<Promise<string> | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Never aborts a solve already handed out by `take()`: only unmounting stops the one still pending.
  const start = useCallback(() => {
    const abort = new AbortController();
    controller.current = abort;
    const solution = getBookingChallenge(api, token).then((challenge) =>
      solveInBackground(challenge, abort.signal),
    );
    // A failure surfaces when the solution is taken, not as an unhandled rejection.
    solution.catch(() => undefined);
    pending.current = solution;
  }, [api, token]);

  useEffect(() => {
    if (!isEnabled) return;
    start();
    return () => controller.current?.abort();
  }, [isEnabled, start]);

  return useCallback(async (): Promise<string | undefined> => {
    if (!isEnabled) return undefined;
    const solution = pending.current;
    start();
    return solution ?? undefined;
  }, [isEnabled, start]);
}
