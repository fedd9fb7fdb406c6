import { type ApiClient, createApiClient } from '@bookings/api-client';
import { createContext, type ReactNode, useContext } from 'react';
import { readApiBaseUrl } from '../config/env';
import { readAccessToken } from './session';

const ApiClientContext = createContext<ApiClient | null>(null);

/** The one client the SPA talks through; the bearer token is read on every request so sign-in takes effect at once. */
export function createBrowserApiClient(fetchImpl?: typeof fetch): ApiClient {
  return createApiClient({
    baseUrl: readApiBaseUrl(),
    token: readAccessToken,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an <ApiClientProvider> above it');
  return client;
}
