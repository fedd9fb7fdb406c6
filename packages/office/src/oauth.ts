import { createHash, randomBytes } from 'node:crypto';
import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import { readHttpError } from './http-error';
import type { OAuthTokens, ProviderEndpoints, ProviderName, RetryPolicy } from './port';
import { OfficeError } from './port';
import { callWithRetry } from './provider-call';

export const defaultEndpoints: Record<ProviderName, ProviderEndpoints> = {
  google: {
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    revokeUrl: 'https://oauth2.googleapis.com/revoke',
    apiBaseUrl: 'https://www.googleapis.com/',
    contactsApiBaseUrl: 'https://people.googleapis.com/',
  },
  microsoft: {
    authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    apiBaseUrl: 'https://graph.microsoft.com/v1.0',
  },
};

/**
 * Only what the adapters call (ADR 010). Google: calendarList.list, freebusy.query, events.insert/get/patch/delete,
 * people.searchContacts + createContact (`contacts`: there is no narrower scope that creates), otherContacts.search
 * (`contacts.other.readonly`). Microsoft: /me, /me/calendars + calendarView + events, /me/contacts.
 */
export const providerScopes: Record<ProviderName, string[]> = {
  google: [
    'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
    'https://www.googleapis.com/auth/calendar.events.freebusy',
    'https://www.googleapis.com/auth/calendar.events',
    'https://www.googleapis.com/auth/contacts',
    'https://www.googleapis.com/auth/contacts.other.readonly',
  ],
  // offline_access is what makes Microsoft return a refresh token.
  microsoft: ['offline_access', 'User.Read', 'Calendars.ReadWrite', 'Contacts.ReadWrite'],
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
    revokeUrl: overrides.revokeUrl ?? defaults.revokeUrl,
    apiBaseUrl,
    contactsApiBaseUrl,
  };
}

/** A PKCE pair (RFC 7636): the challenge goes in the authorize URL, the verifier only to the token endpoint. */
export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
}

/** 32 random bytes as base64url: a 43-character verifier, the shortest RFC 7636 allows, with 256 bits. */
export function createPkcePair(): PkcePair {
  const codeVerifier = randomBytes(32).toString('base64url');
  return { codeVerifier, codeChallenge: pkceChallengeOf(codeVerifier) };
}

/** The S256 challenge of a verifier: BASE64URL(SHA256(verifier)). */
export function pkceChallengeOf(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier).digest('base64url');
}

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  /** S256 challenge of the verifier the code exchange will send. */
  codeChallenge: string;
  endpoints?: Partial<ProviderEndpoints>;
}

/** Asks for offline access with forced consent so the provider returns a refresh token every time. */
export function buildAuthorizationUrl(provider: ProviderName, o: AuthorizationRequest): string {
  const endpoints = resolveEndpoints(provider, o.endpoints);
  if (provider === 'google') {
    return new OAuth2Client({
      clientId: o.clientId,
      endpoints: { oauth2AuthBaseUrl: endpoints.authorizeUrl },
    }).generateAuthUrl({
      redirect_uri: o.redirectUri,
      response_type: 'code',
      scope: providerScopes.google,
      state: o.state,
      prompt: 'consent',
      // No include_granted_scopes: each flow asks for all it needs, so the token carries only these scopes and
      // not broader ones an earlier version of this server was granted.
      access_type: 'offline',
      code_challenge: o.codeChallenge,
      code_challenge_method: CodeChallengeMethod.S256,
    });
  }
  const url = new URL(endpoints.authorizeUrl);
  const params: Record<string, string> = {
    client_id: o.clientId,
    redirect_uri: o.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope: providerScopes.microsoft.join(' '),
    state: o.state,
    prompt: 'consent',
    code_challenge: o.codeChallenge,
    code_challenge_method: 'S256',
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export interface CodeExchange {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  code: string;
  /** The PKCE verifier whose challenge was in the authorize URL: the provider refuses the code without it. */
  codeVerifier: string;
  endpoints?: Partial<ProviderEndpoints>;
  /** The token endpoint is a provider call like any other: retried when unavailable ... */
  retry?: RetryPolicy;
  /** ... and given up on when it does not answer in time. */
  requestTimeoutMs?: number;
}

/** Token endpoints answer within this unless told otherwise; a timeout counts as unavailable. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 20_000;

/**
 * Trades the code from the consent redirect for tokens (RFC 6749 §4.1.3 with the PKCE verifier), retried and timed
 * out like every other provider call: Google through its OAuth2Client, Microsoft as one form POST (MSAL's confidential
 * client would hold the tokens in its own cache, and ours are sealed in the database).
 */
export function exchangeAuthorizationCode(provider: ProviderName, o: CodeExchange): Promise<OAuthTokens> {
  const timeoutMs = o.requestTimeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS;
  if (provider === 'google') {
    const client = createGoogleOAuthClient(o.clientId, o.clientSecret, o.endpoints, timeoutMs);
    return callWithRetry(
      'google code exchange',
      async () => {
        try {
          const { tokens } = await client.getToken({
            code: o.code,
            codeVerifier: o.codeVerifier,
            redirect_uri: o.redirectUri,
          });
          return toOAuthTokens(
            {
              access_token: tokens.access_token ?? undefined,
              refresh_token: tokens.refresh_token ?? undefined,
              expiry_date: tokens.expiry_date ?? undefined,
              scope: tokens.scope,
            },
            undefined,
          );
        } catch (error) {
          throw toTokenError(error);
        }
      },
      o.retry,
    );
  }
  const endpoints = resolveEndpoints(provider, o.endpoints);
  const form: Record<string, string> = {
    client_id: o.clientId,
    client_secret: o.clientSecret,
    grant_type: 'authorization_code',
    code: o.code,
    code_verifier: o.codeVerifier,
    redirect_uri: o.redirectUri,
    // Microsoft wants the scopes again on the token request; Google takes them from the consent.
    scope: providerScopes.microsoft.join(' '),
  };
  return callWithRetry(
    `${provider} code exchange`,
    async () =>
      toOAuthTokens(tokenResponseFields(await postTokenForm(endpoints.tokenUrl, form, timeoutMs)), undefined),
    o.retry,
  );
}

export interface GrantRevocation {
  clientId: string;
  clientSecret: string;
  /** The refresh token: revoking it ends the whole grant, its access tokens included. */
  token: string;
  endpoints?: Partial<ProviderEndpoints>;
  retry?: RetryPolicy;
  requestTimeoutMs?: number;
}

/**
 * Ends Google's grant to this client (the revoke endpoint, through OAuth2Client.revokeToken), retried and timed out
 * like every provider call. A token Google no longer knows (`invalid_token`: already revoked or expired) counts as
 * revoked. Microsoft has no revocation for one delegated grant (ADR 010), so there is nothing to call for it.
 */
export function revokeGoogleGrant(o: GrantRevocation): Promise<void> {
  const client = createGoogleOAuthClient(
    o.clientId,
    o.clientSecret,
    o.endpoints,
    o.requestTimeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS,
  );
  return callWithRetry(
    'google token revocation',
    async () => {
      try {
        await client.revokeToken(o.token);
      } catch (error) {
        const failure = toTokenError(error);
        if (failure.status === 400 && oauthErrorOf(readHttpError(error).data) === 'invalid_token') return;
        throw failure;
      }
    },
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
  const client = new OAuth2Client({
    clientId,
    clientSecret,
    endpoints: {
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2AuthBaseUrl: endpoints.authorizeUrl,
      ...(endpoints.revokeUrl ? { oauth2RevokeUrl: endpoints.revokeUrl } : {}),
    },
    transporterOptions: { timeout: timeoutMs },
  });
  // The library retries its token requests by itself (gaxios, Retry-After ignored) beside our callWithRetry:
  // every request it sends leaves here with that retry switched off, so one policy decides.
  client.transporter.interceptors.request.add({
    resolved: async (config) => {
      config.retry = false;
      delete config.retryConfig;
      return config;
    },
  });
  return client;
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

function oauthErrorOf(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string'
    ? data.error
    : undefined;
}

function toTokenError(error: unknown): OfficeError {
  if (error instanceof OfficeError) return error;
  const http = readHttpError(error);
  if (http.status !== undefined) return classifyTokenFailure(http.status, oauthErrorOf(http.data), error);
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
