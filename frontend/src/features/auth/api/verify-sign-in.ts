import type { ApiClient, Schemas } from '@bookings/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { saveSession } from '../../../lib/session';
import { detectTimeZone } from '../../../lib/time-zones';
import { unwrap } from '../../../lib/unwrap';
import { meQueryKey } from './get-me';

export type Session = Schemas['Session'];

/** Sends the browser's zone too: a new owner starts in it rather than in UTC. */
export function verifySignIn(api: ApiClient, token: string): Promise<Session> {
  return unwrap(api.POST('/bookings/auth/verify', { body: { token, timeZone: detectTimeZone() } }));
}

/** Exchanges the emailed token for a session, keeps it for this tab and refreshes the owner query. */
export async function signInWithToken(
  api: ApiClient,
  queryClient: QueryClient,
  token: string,
): Promise<Session> {
  const session = await verifySignIn(api, token);
  saveSession({ accessToken: session.accessToken, expiresAt: session.expiresAt });
  // The profile (photo, language) is more than the session carries: load it fresh.
  await queryClient.invalidateQueries({ queryKey: meQueryKey });
  return session;
}
