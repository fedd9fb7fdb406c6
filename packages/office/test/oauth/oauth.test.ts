import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeExchange, ProviderName } from '../../src/index';
import { buildAuthorizationUrl, exchangeAuthorizationCode, OfficeError } from '../../src/index';
import { recordingRetryPolicy, TokenFake } from '../fakes/index';

let tokens: TokenFake;
const redirectUri = 'http://127.0.0.1:5173/bookings/auth/callback';

beforeAll(async () => {
  tokens = await TokenFake.start();
});

afterAll(async () => {
  await tokens.close();
});

describe('buildAuthorizationUrl', () => {
  it('asks Google for offline access with consent and calendar + contacts scopes', () => {
    const url = new URL(
      buildAuthorizationUrl('google', {
        clientId: 'client-1',
        redirectUri,
        state: 'state-123',
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
    });
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/calendar',
        'https://www.googleapis.com/auth/contacts',
        'https://www.googleapis.com/auth/contacts.other.readonly',
      ]),
    );
  });

  it('asks Microsoft for offline_access and calendar + contacts scopes on the default endpoint', () => {
    const url = new URL(
      buildAuthorizationUrl('microsoft', { clientId: 'client-1', redirectUri, state: 's' }),
    );
    expect(url.host).toBe('login.microsoftonline.com');
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['offline_access', 'Calendars.ReadWrite', 'Contacts.ReadWrite']),
    );
    expect(url.searchParams.get('prompt')).toBe('consent');
  });
});

describe.each<ProviderName>(['google', 'microsoft'])('exchangeAuthorizationCode (%s)', (provider) => {
  it('trades the code for a refreshable token pair', async () => {
    const code = tokens.issueAuthorizationCode(redirectUri);
    const before = Date.now();

    const issued = await exchangeAuthorizationCode(provider, {
      clientId: tokens.clientId,
      clientSecret: tokens.clientSecret,
      redirectUri,
      code,
      endpoints: { tokenUrl: tokens.tokenUrl },
    });

    expect(tokens.isValidAccessToken(`Bearer ${issued.accessToken}`)).toBe(true);
    expect(issued.refreshToken).toMatch(/^rt-/);
    expect(issued.expiresAt).toBeGreaterThanOrEqual(before + 3_500_000);
  });

  /** A fresh code traded on the token fake, with this retry policy and timeout. */
  const exchangeFreshCode = (options: Pick<CodeExchange, 'retry' | 'requestTimeoutMs'>) =>
    exchangeAuthorizationCode(provider, {
      clientId: tokens.clientId,
      clientSecret: tokens.clientSecret,
      redirectUri,
      code: tokens.issueAuthorizationCode(redirectUri),
      endpoints: { tokenUrl: tokens.tokenUrl },
      ...options,
    });

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
    const code = tokens.issueAuthorizationCode(redirectUri);
    const exchange = () =>
      exchangeAuthorizationCode(provider, {
        clientId: tokens.clientId,
        clientSecret: tokens.clientSecret,
        redirectUri,
        code,
        endpoints: { tokenUrl: tokens.tokenUrl },
      });
    await exchange();

    const failure = exchange();
    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: 'needs_reconnect', status: 400 });
  });
});
