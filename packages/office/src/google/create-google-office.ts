import { calendar } from '@googleapis/calendar';
import { people } from '@googleapis/people';
import { createGoogleOAuthClient, refreshGoogleTokens, resolveEndpoints } from '../oauth';
import type { OfficePort, ProviderOfficeOptions } from '../port';
import { OfficeError } from '../port';
import { createProviderCaller } from '../provider-call';
import { classifyGoogleError } from './classify-google-error';
import { createGoogleCalendarOperations } from './google-calendar';
import { createGoogleContactOperations } from './google-contacts';

const DEFAULT_TIMEOUT_MS = 20_000;

export function createGoogleOffice(o: ProviderOfficeOptions): OfficePort {
  const endpoints = resolveEndpoints('google', o.endpoints);
  const timeoutMs = o.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tokenClient = createGoogleOAuthClient(o.clientId, o.clientSecret, o.endpoints, timeoutMs);
  // The request client never refreshes on its own (no refresh token, no expiry): the caller owns refresh.
  const requestClient = createGoogleOAuthClient(o.clientId, o.clientSecret, o.endpoints, timeoutMs);
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
    timeout: timeoutMs,
  };
  const calendarApi = calendar({ version: 'v3', rootUrl: endpoints.apiBaseUrl, ...requestOptions });
  const peopleApi = people({
    version: 'v1',
    rootUrl: endpoints.contactsApiBaseUrl ?? endpoints.apiBaseUrl,
    ...requestOptions,
  });
  const calendarOperations = createGoogleCalendarOperations(calendarApi, authorizedCall);
  return {
    // The scopes we ask for do not include the userinfo ones; the primary calendar is named after the account.
    async describeAccount() {
      const calendars = await calendarOperations.listCalendars();
      const primary = calendars.find((calendar) => calendar.primary);
      if (!primary) throw new OfficeError('provider_rejected', 'the Google account has no primary calendar');
      return { email: primary.id.toLowerCase(), calendars };
    },
    ...calendarOperations,
    ...createGoogleContactOperations(peopleApi, authorizedCall),
  };
}
