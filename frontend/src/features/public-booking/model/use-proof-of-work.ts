import { useCallback, useEffect, useRef } from 'react';
import type { BotChallenge } from '../api/public-booking';
import { solveInBackground } from './solve-in-background';

/** The service lets a challenge live 10 minutes; one fetched longer ago than this is not handed out. */
const FRESH_FOR_MS = 8 * 60 * 1000;

/**
 * Solves the anti-spam challenge in the background while the visitor picks a time, so submitting rarely
 * waits. Solving starts once `canStartEarly` (after the first times are shown) or, at the latest, when a
 * solution is taken. Each solution books once, for this token only: `take()` hands the current one over and
 * starts the next. A solution left waiting too long (its challenge about to expire) is replaced first.
 */
export function useProofOfWork(
  fetchChallenge: () => Promise<BotChallenge>,
  isRequired: boolean,
  canStartEarly: boolean,
) {
  const pending = useRef<Promise<string> | null>(null);
  const startedAt = useRef(0);
  const controller = useRef<AbortController | null>(null);
  // The page's latest way to ask for a challenge (a booking link's, or a manage link's).
  const latestFetch = useRef(fetchChallenge);
  latestFetch.current = fetchChallenge;

  // Never aborts a solve already handed out by `take()`: only unmounting stops the one still pending.
  const start = useCallback(() => {
    const abort = new AbortController();
    controller.current = abort;
    startedAt.current = Date.now();
    const solution = latestFetch.current().then((challenge) => solveInBackground(challenge, abort.signal));
    // A failure surfaces when the solution is taken, not as an unhandled rejection.
    solution.catch(() => undefined);
    pending.current = solution;
  }, []);

  useEffect(() => {
    if (!isRequired || !canStartEarly) return;
    if (!pending.current) start();
  }, [isRequired, canStartEarly, start]);

  useEffect(() => () => controller.current?.abort(), []);

  return useCallback(async (): Promise<string | undefined> => {
    if (!isRequired) return undefined;
    if (!pending.current || Date.now() - startedAt.current > FRESH_FOR_MS) {
      controller.current?.abort();
      start();
    }
    const solution = pending.current;
    start();
    return solution ?? undefined;
  }, [isRequired, start]);
}
