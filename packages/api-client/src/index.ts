import createClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths, webhooks } from './generated/schema';

export type { components, operations, paths, webhooks };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
/** The bodies the service POSTs to webhook endpoints (openapi.yaml `webhooks`). */
export type WebhookEvent =
  | Schemas['BookingWebhookEvent']
  | Schemas['LinkWebhookEvent']
  | Schemas['PingWebhookEvent'];
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin of the service, e.g. `http://localhost:3000` (paths already start with `/bookings`). */
  baseUrl: string;
  /** Bearer token for owner routes; a function is asked on every request (tokens change on sign-in). */
  token?: string | (() => string | null | undefined);
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

/** A typed client for the Bookings API, generated from openapi.yaml: the only way the SPA and tests call it. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const { token } = options;
  if (token) {
    client.use({
      onRequest({ request }) {
        const value = typeof token === 'function' ? token() : token;
        if (value) request.headers.set('Authorization', `Bearer ${value}`);
        return request;
      },
    });
  }
  return client;
}
