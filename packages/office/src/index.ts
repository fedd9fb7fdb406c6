export { createGoogleOffice } from './google/create-google-office';
export { toGoogleEventId } from './google/google-event-id';
export { createLocalOffice } from './local/create-local-office';
export { createMicrosoftOffice } from './microsoft/create-microsoft-office';
export { parseGraphDateTime, toIanaTimeZone } from './microsoft/windows-time-zones';
export type { AuthorizationRequest, CodeExchange, GrantRevocation, PkcePair } from './oauth';
export {
  buildAuthorizationUrl,
  createPkcePair,
  defaultEndpoints,
  exchangeAuthorizationCode,
  pkceChallengeOf,
  providerScopes,
  revokeGoogleGrant,
} from './oauth';
export type {
  AccountDescription,
  BusyBlock,
  CalendarInfo,
  Contact,
  CreatedEvent,
  EventPatch,
  NewEvent,
  OAuthTokens,
  OfficeErrorCode,
  OfficePort,
  ProviderEndpoints,
  ProviderName,
  ProviderOfficeOptions,
  RetryPolicy,
  TokenSink,
} from './port';
export { isOfficeError, OfficeError } from './port';
export { defaultRetryPolicy, parseRetryAfter } from './retry';
