import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DataRouter } from 'react-router';
import { paths } from '../../config/paths';
import { watchSession } from '../../lib/session';

type OwnerRouter = Pick<DataRouter, 'navigate' | 'revalidate' | 'state'>;

/** The session ended: forget every owner answer and show sign-in, coming back here after. */
export function sendToSignIn(router: OwnerRouter, queryClient: QueryClient): void {
  queryClient.clear();
  const { pathname, search } = router.state.location;
  if (pathname === paths.signIn) return;
  void router.navigate(`${paths.signIn}?next=${encodeURIComponent(`${pathname}${search}`)}`, {
    replace: true,
  });
}

/**
 * Every tab follows the one session: signed out in another tab (or expired) shows sign-in here; signed in in
 * another tab moves this one on from its sign-in screen (the loader sees the session) and refetches what an
 * earlier owner may have seen.
 */
export function useFollowSession(router: OwnerRouter, queryClient: QueryClient): void {
  useEffect(
    () =>
      watchSession({
        onSignedOut: () => sendToSignIn(router, queryClient),
        onSignedIn: () => {
          void queryClient.resetQueries();
          void router.revalidate();
        },
      }),
    [router, queryClient],
  );
}
