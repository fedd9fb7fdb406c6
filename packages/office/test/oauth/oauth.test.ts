import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeExchange, ProviderName } from '../../src/index';
import {
  buildAuthorizationUrl,
  createPkcePair,
  exchangeAuthorizationCode,
  OfficeError,
  revokeGoogleGrant,
} from '../../src/index';
import { recordingRetryPolicy, TokenFake } from '../fakes/index';

let tokens: TokenFake;
const redirectUri = 'http://127.0.0.1:5173/bookings/auth/callback';

beforeAll(async () => {
  tokens = await TokenFake.start();
});

afterAll(async () => {
  await tokens.close();
});

describe('createPkcePair', () => {
  it('makes a fresh 43-character verifier and its S256 challenge each time', () => {
    const first = createPkcePair();
    const second = createPkcePair();
    expect(first.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.codeChallenge).toBe(createHash('sha256').update(first.codeVerifier).digest('base64url'));
    expect(second.codeVerifier).not.toBe(first.codeVerifier);
  });
});

describe('buildAuthorizationUrl', () => {
  it('asks Google for offline access with consent, S256 PKCE and only the scopes the adapter uses', () => {
    const url = new URL(
      buildAuthorizationUrl('google', {
        clientId: 'client-1',
        redirectUri,
        state: 'state-123',
        codeChallenge: 'challenge-abc',
        endpoints: { authorizeUrl: tokens.authorizeUrl },
      }),
    );
    expect(url.origin + url.pathname).toBe(tokens.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'client-1',
      redirect_uri: redirectUri,
      response_type: 'code',
      state: 'state-123',
      access_type: 'offline',
      prompt: 'consent',
      code_challenge: 'challenge-abc',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('scope')?.split(' ').sort()).toEqual([
      'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
      'https://www.googleapis.com/auth/calendar.events',
      'https://www.googleapis.com/auth/calendar.events.freebusy',
      'https://www.googleapis.com/auth/contacts',
      'https://www.googleapis.com/auth/contacts.other.readonly',
    ]);
  });

  it('asks Microsoft for offline_access, S256 PKCE and calendar + contacts scopes (no People.Read)', () => {
    const url = new URL(
      buildAuthorizationUrl('microsoft', {
        clientId: 'client-1',
        redirectUri,
        state: 's',
        codeChallenge: 'challenge-abc',
      }),
    );
    expect(url.host).toBe('login.microsoftonline.com');
    expect(url.searchParams.get('scope')?.split(' ').sort()).toEqual([
      'Calendars.ReadWrite',
      'Contacts.ReadWrite',
      'User.Read',
      'offline_access',
    ]);
    expect(url.searchParams.get('prompt')).toBe('consent');
    expect(url.searchParams.get('code_challenge')).toBe('challenge-abc');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });
});

describe.each<ProviderName>(['google', 'microsoft'])('exchangeAuthorizationCode (%s)', (provider) => {
  /** The consent page's code for a fresh PKCE pair, as the provider would send it back. */
  function consentWithPkce() {
    const pkce = createPkcePair();
    const { code, asked } = tokens.consent(
      buildAuthorizationUrl(provider, {
        clientId: tokens.clientId,
        redirectUri,
        state: 'state-1',
        codeChallenge: pkce.codeChallenge,
        endpoints: { authorizeUrl: tokens.authorizeUrl },
      }),
    );
    return { code, asked, pkce };
  }

  const exchange = (code: string, codeVerifier: string, options: Partial<CodeExchange> = {}) =>
    exchangeAuthorizationCode(provider, {
      clientId: tokens.clientId,
      clientSecret: tokens.clientSecret,
      redirectUri,
      code,
      codeVerifier,
      endpoints: { tokenUrl: tokens.tokenUrl },
      ...options,
    });

  it('trades the code and its PKCE verifier for a refreshable token pair', async () => {
    const { code, pkce } = consentWithPkce();
    const before = Date.now();

    const issued = await exchange(code, pkce.codeVerifier);

    expect(tokens.isValidAccessToken(`Bearer ${issued.accessToken}`)).toBe(true);
    expect(issued.refreshToken).toMatch(/^rt-/);
    expect(issued.expiresAt).toBeGreaterThanOrEqual(before + 3_500_000);
    const [sent] = tokens.service.requestsTo('token').slice(-1);
    expect(sent?.body).toMatchObject({ grant_type: 'authorization_code', code_verifier: pkce.codeVerifier });
  });

  it('is refused by the token endpoint with another verifier than the challenge was made from', async () => {
    const { code } = consentWithPkce();

    const failure = exchange(code, createPkcePair().codeVerifier);

    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ status: 400 });
    await expect(failure).rejects.toThrow(/invalid_grant/);
  });

  /** A fresh code traded on the token fake, with this retry policy and timeout. */
  const exchangeFreshCode = (options: Pick<CodeExchange, 'retry' | 'requestTimeoutMs'>) => {
    const { code, pkce } = consentWithPkce();
    return exchange(code, pkce.codeVerifier, options);
  };

  it('retries a token endpoint that is briefly unavailable, like any provider call', async () => {
    tokens.service.faults.inject('token', { kind: 'status', status: 503 });
    tokens.service.faults.inject('token', { kind: 'reset' });
    const retry = recordingRetryPolicy();
    const requestsBefore = tokens.service.requestsTo('token').length;

    const issued = await exchangeFreshCode({ retry });

    expect(tokens.isValidAccessToken(`Bearer ${issued.accessToken}`)).toBe(true);
    expect(retry.delays).toHaveLength(2);
    expect(tokens.service.requestsTo('token').length - requestsBefore).toBe(3);
  });

  it('gives up on a token endpoint that does not answer in time, as provider_unavailable', async () => {
    tokens.service.faults.inject('token', { kind: 'delay', ms: 1_000 }, 2);
    const retry = recordingRetryPolicy({ maxAttempts: 2 });

    const failure = exchangeFreshCode({ retry, requestTimeoutMs: 100 });

    await expect(failure).rejects.toMatchObject({ code: 'provider_unavailable' });
    await expect(failure).rejects.toThrow(/after 2 attempts/);
    expect(retry.delays).toHaveLength(1);
  });

  it('rejects a used code as needs_reconnect (invalid_grant)', async () => {
    const { code, pkce } = consentWithPkce();
    await exchange(code, pkce.codeVerifier);

    const failure = exchange(code, pkce.codeVerifier);
    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: 'needs_reconnect', status: 400 });
  });
});

describe('revokeGoogleGrant', () => {
  const revoke = (token: string, options: Partial<Parameters<typeof revokeGoogleGrant>[0]> = {}) =>
    revokeGoogleGrant({
      clientId: tokens.clientId,
      clientSecret: tokens.clientSecret,
      token,
      endpoints: { revokeUrl: tokens.revokeUrl },
      ...options,
    });

  it('ends the grant at the revoke endpoint: its refresh and access tokens stop working', async () => {
    const granted = tokens.grant();

    await revoke(granted.refreshToken);

    expect(tokens.revokedTokens).toContain(granted.refreshToken);
    expect(tokens.isLiveRefreshToken(granted.refreshToken)).toBe(false);
    expect(tokens.isValidAccessToken(`Bearer ${granted.accessToken}`)).toBe(false);
  });

  it('takes a token the provider no longer knows (invalid_token) as already revoked', async () => {
    const granted = tokens.grant();
    await revoke(granted.refreshToken);

    await expect(revoke(granted.refreshToken)).resolves.toBeUndefined();
  });

  it('retries an unavailable revoke endpoint, then gives up as provider_unavailable', async () => {
    const granted = tokens.grant();
    tokens.service.faults.inject('revoke', { kind: 'status', status: 503 });
    const retry = recordingRetryPolicy();

    await revoke(granted.refreshToken, { retry });
    expect(retry.delays).toHaveLength(1);
    expect(tokens.isLiveRefreshToken(granted.refreshToken)).toBe(false);

    const other = tokens.grant();
    tokens.service.faults.inject('revoke', { kind: 'status', status: 500 }, 2);
    const failure = revoke(other.refreshToken, { retry: recordingRetryPolicy({ maxAttempts: 2 }) });
    await expect(failure).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(tokens.isLiveRefreshToken(other.refreshToken)).toBe(true);
  });
});
