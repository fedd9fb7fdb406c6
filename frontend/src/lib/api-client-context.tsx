import { type ApiClient, createApiClient } from '@bookings/api-client';
import { createContext, type ReactNode, useContext } from 'react';
import { readApiBaseUrl } from '../config/env';

const ApiClientContext = createContext<ApiClient | null>(null);

/**
 * The one client the SPA talks through. The owner's app passes its token reader (asked on every request, so
 * sign-in takes effect at once); the public pages send no token and so never load the session code.
 */
export function createBrowserApiClient(token?: () => string | null): ApiClient {
  return createApiClient({ baseUrl: readApiBaseUrl(), ...(token ? { token } : {}) });
}

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an <ApiClientProvider> above it');
  return client;
}
