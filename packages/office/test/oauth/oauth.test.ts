import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderName } from '../../src/index';
import { buildAuthorizationUrl, exchangeAuthorizationCode, OfficeError } from '../../src/index';
import { TokenFake } from '../fakes/index';

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
