import type { ApiClient, Schemas } from '@bookings/api-client';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type SignInLinkSent = Schemas['SignInLinkSent'];

export function requestSignInLink(api: ApiClient, email: string): Promise<SignInLinkSent> {
  return unwrap(api.POST('/bookings/auth/magic-link', { body: { email } }));
}

export function useRequestSignInLink() {
  const api = useApiClient();
  return useMutation({ mutationFn: (email: string) => requestSignInLink(api, email) });
}
