import { OAuth2Client } from 'google-auth-library';
import { readHttpError } from './http-error';
import type { OAuthTokens, ProviderEndpoints, ProviderName, RetryPolicy } from './port';
import { OfficeError } from './port';
import { callWithRetry } from './provider-call';

export const defaultEndpoints: Record<ProviderName, ProviderEndpoints> = {
  google: {
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    apiBaseUrl: 'https://www.googleapis.com/',
    contactsApiBaseUrl: 'https://people.googleapis.com/',
  },
  microsoft: {
    authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    apiBaseUrl: 'https://graph.microsoft.com/v1.0',
  },
};

export const providerScopes: Record<ProviderName, string[]> = {
  google: [
    'https://www.googleapis.com/auth/calendar',
    'https://www.googleapis.com/auth/contacts',
    'https://www.googleapis.com/auth/contacts.other.readonly',
  ],
  // offline_access is what makes Microsoft return a refresh token.
  microsoft: ['offline_access', 'User.Read', 'Calendars.ReadWrite', 'Contacts.ReadWrite', 'People.Read'],
};

export function resolveEndpoints(
  provider: ProviderName,
  overrides: Partial<ProviderEndpoints> = {},
): ProviderEndpoints {
  const defaults = defaultEndpoints[provider];
  const apiBaseUrl = overrides.apiBaseUrl ?? defaults.apiBaseUrl;
  const contactsApiBaseUrl =
    overrides.contactsApiBaseUrl ?? (overrides.apiBaseUrl ? apiBaseUrl : defaults.contactsApiBaseUrl);
  return {
    authorizeUrl: overrides.authorizeUrl ?? defaults.authorizeUrl,
    tokenUrl: overrides.tokenUrl ?? defaults.tokenUrl,
    apiBaseUrl,
    contactsApiBaseUrl,
  };
}

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  endpoints?: Partial<ProviderEndpoints>;
}

/** Asks for offline access with forced consent so the provider returns a refresh token every time. */
export function buildAuthorizationUrl(provider: ProviderName, o: AuthorizationRequest): string {
  const endpoints = resolveEndpoints(provider, o.endpoints);
  const url = new URL(endpoints.authorizeUrl);
  const params: Record<string, string> = {
    client_id: o.clientId,
    redirect_uri: o.redirectUri,
    response_type: 'code',
    scope: providerScopes[provider].join(' '),
    state: o.state,
    prompt: 'consent',
  };
  if (provider === 'google') {
    params.access_type = 'offline';
    params.include_granted_scopes = 'true';
  } else {
    params.response_mode = 'query';
  }
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export interface CodeExchange {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  code: string;
  endpoints?: Partial<ProviderEndpoints>;
  /** The token endpoint is a provider call like any other: retried when unavailable ... */
  retry?: RetryPolicy;
  /** ... and given up on when it does not answer in time. */
  requestTimeoutMs?: number;
}

/** Token endpoints answer within this unless told otherwise; a timeout counts as unavailable. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 20_000;

/**
 * Trades the code from the consent redirect for tokens: one form POST (RFC 6749 §4.1.3), the same for both
 * providers, retried and timed out like every other provider call.
 */
export function exchangeAuthorizationCode(provider: ProviderName, o: CodeExchange): Promise<OAuthTokens> {
  const endpoints = resolveEndpoints(provider, o.endpoints);
  const form: Record<string, string> = {
    client_id: o.clientId,
    client_secret: o.clientSecret,
    grant_type: 'authorization_code',
    code: o.code,
    redirect_uri: o.redirectUri,
  };
  // Microsoft wants the scopes again on the token request; Google takes them from the consent.
  if (provider === 'microsoft') form.scope = providerScopes.microsoft.join(' ');
  const timeoutMs = o.requestTimeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS;
  return callWithRetry(
    `${provider} code exchange`,
    async () =>
      toOAuthTokens(tokenResponseFields(await postTokenForm(endpoints.tokenUrl, form, timeoutMs)), undefined),
    o.retry,
  );
}

export function createGoogleOAuthClient(
  clientId: string,
  clientSecret: string,
  overrides: Partial<ProviderEndpoints> | undefined,
  timeoutMs: number = DEFAULT_TOKEN_TIMEOUT_MS,
): OAuth2Client {
  const endpoints = resolveEndpoints('google', overrides);
  return new OAuth2Client({
    clientId,
    clientSecret,
    endpoints: { oauth2TokenUrl: endpoints.tokenUrl, oauth2AuthBaseUrl: endpoints.authorizeUrl },
    transporterOptions: { timeout: timeoutMs },
  });
}

export async function refreshGoogleTokens(client: OAuth2Client, refreshToken: string): Promise<OAuthTokens> {
  try {
    // The token client is private to one adapter, so loading the refresh token into it is safe.
    client.setCredentials({ refresh_token: refreshToken });
    const { credentials: tokens } = await client.refreshAccessToken();
    return toOAuthTokens(
      {
        access_token: tokens.access_token ?? undefined,
        refresh_token: tokens.refresh_token ?? undefined,
        expiry_date: tokens.expiry_date ?? undefined,
        scope: tokens.scope,
      },
      refreshToken,
    );
  } catch (error) {
    throw toTokenError(error);
  }
}

export async function refreshMicrosoftTokens(
  o: { clientId: string; clientSecret: string; tokenUrl: string; timeoutMs?: number },
  refreshToken: string,
): Promise<OAuthTokens> {
  const form = {
    client_id: o.clientId,
    client_secret: o.clientSecret,
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    scope: providerScopes.microsoft.join(' '),
  };
  const response = await postTokenForm(o.tokenUrl, form, o.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS);
  return toOAuthTokens(tokenResponseFields(response), refreshToken);
}

interface TokenFields {
  access_token?: string;
  refresh_token?: string;
  expiry_date?: number;
  expires_in?: number;
  scope?: string;
}

function toOAuthTokens(fields: TokenFields, previousRefreshToken: string | undefined): OAuthTokens {
  if (!fields.access_token)
    throw new OfficeError('provider_rejected', 'token endpoint returned no access_token');
  // Google omits the refresh token on refresh; Microsoft rotates it. Keep the old one unless replaced.
  const refreshToken = fields.refresh_token ?? previousRefreshToken;
  if (!refreshToken) {
    throw new OfficeError(
      'provider_rejected',
      'token endpoint returned no refresh_token (offline access missing)',
    );
  }
  const expiresAt = fields.expiry_date ?? Date.now() + (fields.expires_in ?? 3600) * 1000;
  return { accessToken: fields.access_token, refreshToken, expiresAt, scope: fields.scope };
}

function tokenResponseFields(body: Record<string, unknown>): TokenFields {
  return {
    access_token: typeof body.access_token === 'string' ? body.access_token : undefined,
    refresh_token: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    expires_in: typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in ?? 3600),
    scope: typeof body.scope === 'string' ? body.scope : undefined,
  };
}

async function postTokenForm(
  url: string,
  form: Record<string, string>,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form),
      signal,
    });
  } catch (error) {
    throw new OfficeError('provider_unavailable', 'token endpoint unreachable', { cause: error });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return body;
  throw classifyTokenFailure(response.status, typeof body.error === 'string' ? body.error : undefined);
}

function toTokenError(error: unknown): OfficeError {
  if (error instanceof OfficeError) return error;
  const http = readHttpError(error);
  if (http.status !== undefined) {
    const data = http.data;
    const oauthError =
      typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string'
        ? data.error
        : undefined;
    return classifyTokenFailure(http.status, oauthError, error);
  }
  return new OfficeError('provider_unavailable', 'token endpoint unreachable', { cause: error });
}

/** invalid_grant means the user revoked access or the refresh token expired: only a new consent helps. */
function classifyTokenFailure(status: number, oauthError: string | undefined, cause?: unknown): OfficeError {
  if (oauthError === 'invalid_grant') {
    return new OfficeError('needs_reconnect', 'refresh token rejected (invalid_grant)', { status, cause });
  }
  if (status === 429 || status >= 500) {
    return new OfficeError('provider_unavailable', `token endpoint answered ${status}`, { status, cause });
  }
  return new OfficeError(
    'provider_rejected',
    `token endpoint answered ${status} ${oauthError ?? ''}`.trim(),
    {
      status,
      cause,
    },
  );
}
