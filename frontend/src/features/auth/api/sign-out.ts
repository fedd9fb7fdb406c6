import type { QueryClient } from '@tanstack/react-query';
import { clearSession } from '../../../lib/session';

/** Tokens are stateless JWTs: signing out forgets the token and every cached owner answer in this tab. */
export function signOut(queryClient: QueryClient): void {
  clearSession();
  queryClient.clear();
}
