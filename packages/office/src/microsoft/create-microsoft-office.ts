import { AuthenticationHandler, Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { refreshMicrosoftTokens, resolveEndpoints } from '../oauth';
import type { OfficePort, ProviderOfficeOptions } from '../port';
import { createProviderCaller } from '../provider-call';
import { classifyGraphError } from './classify-graph-error';
import { createGraphCalendarOperations } from './graph-calendar';
import { createGraphContactOperations } from './graph-contacts';
import { readMailboxAddress } from './graph-me';
import { createGraphRequestFactory } from './graph-request';

const DEFAULT_TIMEOUT_MS = 20_000;
const GRAPH_HOST = 'graph.microsoft.com';

export function createMicrosoftOffice(o: ProviderOfficeOptions): OfficePort {
  const endpoints = resolveEndpoints('microsoft', o.endpoints);
  const call = createProviderCaller({
    tokens: o.tokens,
    sink: o.sink,
    retry: o.retry,
    now: o.now,
    classify: classifyGraphError,
    refresh: (refreshToken) =>
      refreshMicrosoftTokens(
        {
          clientId: o.clientId,
          clientSecret: o.clientSecret,
          tokenUrl: endpoints.tokenUrl,
          timeoutMs: o.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
        },
        refreshToken,
      ),
  });
  let currentAccessToken = o.tokens.accessToken;
  const authorizedCall: typeof call = (name, operation) =>
    call(name, (accessToken) => {
      currentAccessToken = accessToken;
      return operation(accessToken);
    });

  const api = new URL(endpoints.apiBaseUrl);
  const version = api.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
  // The default chain's RetryHandler sleeps for real and retries beside our own policy, so the chain is
  // built without it. The token only goes to graph.microsoft.com or a host listed in customHosts.
  const client = Client.initWithMiddleware({
    baseUrl: api.origin,
    defaultVersion: version,
    customHosts: api.hostname === GRAPH_HOST ? undefined : new Set([api.hostname]),
    middleware: [
      new AuthenticationHandler({ getAccessToken: async () => currentAccessToken }),
      new HTTPMessageHandler(),
    ],
  });
  const request = createGraphRequestFactory(client, o.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS);
  const calendarOperations = createGraphCalendarOperations(request, authorizedCall);
  return {
    async describeAccount() {
      const calendars = await calendarOperations.listCalendars();
      return { email: await readMailboxAddress(request, authorizedCall), calendars };
    },
    ...calendarOperations,
    ...createGraphContactOperations(request, authorizedCall),
  };
}
