import type { ApiClient, Schemas } from '@bookings/api-client';
import type { QueryClient } from '@tanstack/react-query';
import { saveSession } from '../../../lib/session';
import { unwrap } from '../../../lib/unwrap';
import { meQueryKey } from './get-me';

export type Session = Schemas['Session'];

export function verifySignIn(api: ApiClient, token: string): Promise<Session> {
  return unwrap(api.POST('/bookings/auth/verify', { body: { token } }));
}

/** Exchanges the emailed token for a session, keeps it for this tab and primes the owner query. */
export async function signInWithToken(
  api: ApiClient,
  queryClient: QueryClient,
  token: string,
): Promise<Session> {
  const session = await verifySignIn(api, token);
  saveSession({ accessToken: session.accessToken, expiresAt: session.expiresAt });
  queryClient.setQueryData(meQueryKey, session.owner);
  return session;
}
