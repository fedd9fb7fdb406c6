import { calendar } from '@googleapis/calendar';
import { people } from '@googleapis/people';
import { createGoogleOAuthClient, refreshGoogleTokens, resolveEndpoints } from '../oauth';
import type { OfficePort, ProviderOfficeOptions } from '../port';
import { createProviderCaller } from '../provider-call';
import { classifyGoogleError } from './classify-google-error';
import { createGoogleCalendarOperations } from './google-calendar';
import { createGoogleContactOperations } from './google-contacts';

const DEFAULT_TIMEOUT_MS = 20_000;

export function createGoogleOffice(o: ProviderOfficeOptions): OfficePort {
  const endpoints = resolveEndpoints('google', o.endpoints);
  const tokenClient = createGoogleOAuthClient(o.clientId, o.clientSecret, o.endpoints);
  // The request client never refreshes on its own (no refresh token, no expiry): the caller owns refresh.
  const requestClient = createGoogleOAuthClient(o.clientId, o.clientSecret, o.endpoints);
  const call = createProviderCaller({
    tokens: o.tokens,
    sink: o.sink,
    retry: o.retry,
    now: o.now,
    classify: classifyGoogleError,
    refresh: (refreshToken) => refreshGoogleTokens(tokenClient, refreshToken),
  });
  const authorizedCall: typeof call = (name, operation) =>
    call(name, (accessToken) => {
      requestClient.setCredentials({ access_token: accessToken });
      return operation(accessToken);
    });
  // Our caller retries; gaxios' own retry would ignore Retry-After and skip POST.
  const requestOptions = {
    auth: requestClient,
    retry: false,
    timeout: o.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const calendarApi = calendar({ version: 'v3', rootUrl: endpoints.apiBaseUrl, ...requestOptions });
  const peopleApi = people({
    version: 'v1',
    rootUrl: endpoints.contactsApiBaseUrl ?? endpoints.apiBaseUrl,
    ...requestOptions,
  });
  return {
    ...createGoogleCalendarOperations(calendarApi, authorizedCall),
    ...createGoogleContactOperations(peopleApi, authorizedCall),
  };
}
