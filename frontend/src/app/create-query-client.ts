import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error';

export interface QueryClientHooks {
  /** Called when any query answers 401: the owner's session ended (expired or revoked). */
  onUnauthorized?: () => void;
}

export function createAppQueryClient(hooks: QueryClientHooks = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.status === 401) hooks.onUnauthorized?.();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Problems the server answered (404, 410, 422...) will not change on retry; network failures might.
        retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
