import { createHash } from 'node:crypto';
import { createApiClient } from '@bookings/api-client';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarConnections, oauthStates, owners } from '../../src/adapters/db/schema';
import { connectAccount } from '../support/connect-account';
import { startTestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp({ office: true });

const at = (iso: string) => new Date(iso);

async function ownerWithToken(email = 'ann@example.com') {
  const token = await t.tokenFor(email);
  const owner = await t.app.container.repositories.owners.ensureLocal(email);
  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${t.baseUrl}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
  const api = createApiClient({ baseUrl: t.baseUrl, token });
  const listConnections = async () => (await api.GET('/bookings/connections')).data?.items ?? [];
  return { owner, token, get, api, listConnections };
}

/** The flow cookie's value in a response's Set-Cookie, as the browser would store it. */
function flowCookieOf(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((line) => line.startsWith('bookings_connection_flow='));
  return header?.split(';')[0]?.slice('bookings_connection_flow='.length) || undefined;
}

const tokensOf = (provider: 'google' | 'microsoft') =>
  provider === 'google' ? t.fakes.googleTokens : t.fakes.microsoftTokens;

/** The browser follows the provider's redirect back to the callback, with the cookie it holds (if any). */
function followCallback(callbackUrl: string, cookie: string | undefined) {
  const url = new URL(callbackUrl);
  return fetch(`${t.baseUrl}${url.pathname}${url.search}`, {
    redirect: 'manual',
    headers: cookie === undefined ? {} : { cookie: `bookings_connection_flow=${cookie}` },
  });
}

/**
 * Plays the browser and the provider: start (the browser keeps the flow cookie) -> consent (a code for the
 * redirect URI, bound to the PKCE challenge) -> callback. `browserCookie` replaces the cookie the browser brings
 * back (undefined: none, as in another browser).
 */
async function connectThroughRoutes(
  request: Awaited<ReturnType<typeof ownerWithToken>>['get'],
  provider: 'google' | 'microsoft',
  options: { browserCookie?: (own: string | undefined) => string | undefined } = {},
) {
  const start = await request(`/bookings/connections/${provider}/start`);
  expect(start.status).toBe(302);
  const cookie = flowCookieOf(start);
  const authorize = new URL(start.headers.get('location') ?? '');
  const consent = tokensOf(provider).consent(authorize.toString());
  const callback = await followCallback(
    consent.callbackUrl,
    options.browserCookie ? options.browserCookie(cookie) : cookie,
  );
  return {
    start,
    authorize,
    asked: consent.asked,
    redirectUri: consent.asked.redirectUri,
    state: consent.state,
    cookie,
    callback,
  };
}

describe('connecting a calendar through OAuth', () => {
  it('connects Google and Microsoft end to end, tokens sealed at rest', async () => {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', summary: 'Ann', primary: true });
    t.fakes.google.addCalendar({
      id: 'team@group.calendar.google.com',
      summary: 'Team',
      accessRole: 'reader',
    });
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    const { get, owner, listConnections } = await ownerWithToken();

    const google = await connectThroughRoutes(get, 'google');
    expect(google.authorize.origin + google.authorize.pathname).toBe(t.fakes.googleTokens.authorizeUrl);
    expect(google.authorize.searchParams.get('access_type')).toBe('offline');
    expect(google.redirectUri).toBe('http://bookings.test/bookings/connections/google/callback');
    expect(google.callback.status).toBe(302);
    expect(google.callback.headers.get('location')).toBe(
      'http://bookings.test/bookings/dashboard/connections?connected=google',
    );

    const microsoft = await connectThroughRoutes(get, 'microsoft');
    expect(microsoft.callback.headers.get('location')).toBe(
      'http://bookings.test/bookings/dashboard/connections?connected=microsoft',
    );

    expect(await listConnections()).toMatchObject([
      {
        provider: 'google',
        accountEmail: 'ann@gmail.example',
        status: 'active',
        busyCalendarIds: ['ann@gmail.example'],
        receivesEvents: true,
        eventCalendarId: 'ann@gmail.example',
      },
      {
        provider: 'microsoft',
        accountEmail: t.fakes.graph.account.mail,
        status: 'active',
        busyCalendarIds: ['graph-main'],
        receivesEvents: false,
      },
    ]);

    const rows = await t.database.db
      .select()
      .from(calendarConnections)
      .where(eq(calendarConnections.ownerId, owner.id));
    for (const row of rows) {
      expect(row.tokensSealed).not.toMatch(/at-|rt-/);
      const tokens = JSON.parse(t.app.container.sealer.unseal(row.tokensSealed));
      expect(tokens.refreshToken).toMatch(/^rt-/);
    }

    // The state is single use, even in the browser that started it.
    const replay = await followCallback(
      `http://bookings.test/bookings/connections/google/callback?code=x&state=${encodeURIComponent(google.state)}`,
      google.state,
    );
    expect(replay.headers.get('location')).toBe(
      'http://bookings.test/bookings/dashboard/connections?error=oauth_state_invalid',
    );
  });

  it('connects through a token endpoint and a /me that fail once: the callback retries like every provider call', async () => {
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    t.fakes.microsoftTokens.service.faults.inject('token', { kind: 'status', status: 503 });
    t.fakes.graph.service.faults.inject('me.get', { kind: 'reset' });
    const { get, listConnections } = await ownerWithToken();

    const { callback } = await connectThroughRoutes(get, 'microsoft');

    expect(callback.headers.get('location')).toContain('connected=microsoft');
    expect(await listConnections()).toMatchObject([
      { provider: 'microsoft', accountEmail: 'ann@contoso.example' },
    ]);
    expect(t.fakes.microsoftTokens.service.requestsTo('token')).toHaveLength(2);
    expect(t.fakes.graph.service.requestsTo('me.get')).toHaveLength(2);
  });

  it('answers the URL as JSON for a SPA, and needs a signed-in owner to start', async () => {
    const { api } = await ownerWithToken();
    const { data, response } = await api.GET('/bookings/connections/{provider}/start', {
      params: { path: { provider: 'google' }, query: { redirect: false } },
    });
    expect(response.status).toBe(200);
    expect(data?.authorizeUrl).toContain('state=');
    const anonymous = await fetch(`${t.baseUrl}/bookings/connections/google/start`, { redirect: 'manual' });
    expect(anonymous.status).toBe(401);
  });

  it('reports a refused consent and an unknown state back to the connections page', async () => {
    const { get } = await ownerWithToken();
    const start = await get('/bookings/connections/microsoft/start');
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const denied = await followCallback(
      `http://bookings.test/bookings/connections/microsoft/callback?error=access_denied&state=${encodeURIComponent(state)}`,
      flowCookieOf(start),
    );
    expect(denied.headers.get('location')).toBe(
      'http://bookings.test/bookings/dashboard/connections?error=connection_failed',
    );
    const forged = await followCallback(
      'http://bookings.test/bookings/connections/google/callback?code=abc&state=forged',
      'forged',
    );
    expect(forged.headers.get('location')).toContain('error=oauth_state_invalid');
  });

  it('chooses busy calendars and the receiving calendar, lists calendars, disconnects', async () => {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    t.fakes.google.addCalendar({ id: 'holidays', summary: 'Holidays', accessRole: 'reader' });
    t.fakes.google.addCalendar({ id: 'side', summary: 'Side project' });
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    const { get, api, listConnections } = await ownerWithToken();
    await connectThroughRoutes(get, 'google');
    await connectThroughRoutes(get, 'microsoft');
    const [google, microsoft] = await listConnections();
    if (!google || !microsoft) throw new Error('both accounts should be connected');
    const byId = (id: string) => ({ params: { path: { id } } });

    const calendars = (await api.GET('/bookings/connections/{id}/calendars', byId(google.id))).data?.items;
    expect(calendars?.map((c) => c.id)).toEqual(['ann@gmail.example', 'holidays', 'side']);
    expect(calendars?.[0]).toMatchObject({ primary: true, countsAsBusy: true, receivesEvents: true });

    const patch = (
      id: string,
      body: { busyCalendarIds?: string[]; receivesEvents?: boolean; eventCalendarId?: string },
    ) => api.PATCH('/bookings/connections/{id}', { ...byId(id), body });
    const updated = await patch(google.id, { busyCalendarIds: ['ann@gmail.example', 'side'] });
    expect(updated.response.status).toBe(200);
    expect(updated.data?.busyCalendarIds).toEqual(['ann@gmail.example', 'side']);

    const unknown = await patch(google.id, { busyCalendarIds: ['nope'] });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error?.errors).toEqual([
      { path: 'busyCalendarIds[0]', message: 'is not a calendar of this account' },
    ]);
    const readOnly = await patch(google.id, { receivesEvents: true, eventCalendarId: 'holidays' });
    expect(readOnly.response.status).toBe(400);

    // Only one account receives events.
    const moved = await patch(microsoft.id, { receivesEvents: true });
    expect(moved.data).toMatchObject({ receivesEvents: true, eventCalendarId: 'graph-main' });
    expect((await listConnections()).map((c) => c.receivesEvents)).toEqual([false, true]);

    expect((await api.DELETE('/bookings/connections/{id}', byId(google.id))).response.status).toBe(204);
    expect((await api.DELETE('/bookings/connections/{id}', byId(google.id))).response.status).toBe(404);
    expect(await listConnections()).toHaveLength(1);
  });

  it('keeps owners apart', async () => {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    const ann = await ownerWithToken('ann@example.com');
    await connectThroughRoutes(ann.get, 'google');
    const [connection] = await ann.listConnections();
    if (!connection) throw new Error('not connected');
    const bob = await ownerWithToken('bob@example.com');
    expect(await bob.listConnections()).toEqual([]);
    expect((await bob.get(`/bookings/connections/${connection.id}/calendars`)).status).toBe(404);
    expect((await bob.get(`/bookings/connections/${connection.id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe.each(['google', 'microsoft'] as const)('a %s connection flow', (provider) => {
  const scopesInUse = {
    google: [
      'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
      'https://www.googleapis.com/auth/calendar.events',
      'https://www.googleapis.com/auth/calendar.events.freebusy',
      'https://www.googleapis.com/auth/contacts',
      'https://www.googleapis.com/auth/contacts.other.readonly',
    ],
    microsoft: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'User.Read', 'offline_access'],
  }[provider];
  const addPrimaryCalendar = () =>
    provider === 'google'
      ? t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true })
      : t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });

  it('asks for an S256 challenge and only the scopes in use, and trades the code with the verifier kept sealed here', async () => {
    addPrimaryCalendar();
    const { get, listConnections } = await ownerWithToken();
    const start = await get(`/bookings/connections/${provider}/start`);
    const authorize = new URL(start.headers.get('location') ?? '');
    const challenge = authorize.searchParams.get('code_challenge') ?? '';
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('scope')?.split(' ').sort()).toEqual(scopesInUse);
    expect(authorize.searchParams.get('scope')).not.toContain('People.Read');

    // The verifier stays on the server, sealed with the state: not in the URL, not in the cookie.
    const [pending] = await t.database.db.select().from(oauthStates);
    const verifier = t.app.container.sealer.unseal(pending?.codeVerifierSealed ?? '');
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(challenge);
    expect(pending?.codeVerifierSealed).not.toContain(verifier);
    expect(start.headers.get('location')).not.toContain(verifier);
    expect(flowCookieOf(start)).not.toContain(verifier);

    const consent = tokensOf(provider).consent(authorize.toString());
    const callback = await followCallback(consent.callbackUrl, flowCookieOf(start));

    expect(callback.headers.get('location')).toContain(`connected=${provider}`);
    const exchange = tokensOf(provider).service.requestsTo('token').at(-1);
    expect(exchange?.body).toMatchObject({ grant_type: 'authorization_code', code_verifier: verifier });
    expect(await listConnections()).toHaveLength(1);
  });

  it('is refused by the provider when the verifier sent is not the one the challenge came from', async () => {
    addPrimaryCalendar();
    const { get, listConnections } = await ownerWithToken();
    const start = await get(`/bookings/connections/${provider}/start`);
    const consent = tokensOf(provider).consent(start.headers.get('location') ?? '');
    await t.database.db.update(oauthStates).set({
      codeVerifierSealed: t.app.container.sealer.seal('another-verifier-of-43-characters-000000000'),
    });

    const callback = await followCallback(consent.callbackUrl, flowCookieOf(start));

    expect(callback.headers.get('location')).toContain('error=connection_failed');
    expect(tokensOf(provider).service.requestsTo('token').at(-1)?.body).toMatchObject({
      code_verifier: 'another-verifier-of-43-characters-000000000',
    });
    expect(await listConnections()).toEqual([]);
  });

  it('binds the flow to the browser with an httpOnly, SameSite=Lax cookie scoped to the callback', async () => {
    const { get, api } = await ownerWithToken();
    const redirect = await get(`/bookings/connections/${provider}/start`);
    const json = await api.GET('/bookings/connections/{provider}/start', {
      params: { path: { provider }, query: { redirect: false } },
    });
    for (const response of [redirect, json.response]) {
      const [cookie] = response.headers.getSetCookie();
      const state = new URL(
        response === redirect ? (response.headers.get('location') ?? '') : (json.data?.authorizeUrl ?? ''),
      ).searchParams.get('state');
      expect(cookie?.split('; ').sort()).toEqual(
        [
          `bookings_connection_flow=${state}`,
          'HttpOnly',
          'Max-Age=600',
          `Path=/bookings/connections/${provider}/callback`,
          'SameSite=Lax',
        ].sort(),
      );
    }
  });

  it('refuses the consent completed in another browser (no cookie, or the cookie of another flow) and attaches nothing', async () => {
    addPrimaryCalendar();
    const ann = await ownerWithToken('ann@example.com');
    const bob = await ownerWithToken('bob@example.com');
    const bobsOwnFlow = flowCookieOf(await bob.get(`/bookings/connections/${provider}/start`));
    const tokenRequestsBefore = tokensOf(provider).service.requestsTo('token').length;

    const noCookie = await connectThroughRoutes(ann.get, provider, { browserCookie: () => undefined });
    const otherFlow = await connectThroughRoutes(ann.get, provider, { browserCookie: () => bobsOwnFlow });

    for (const { callback } of [noCookie, otherFlow]) {
      expect(callback.status).toBe(302);
      expect(callback.headers.get('location')).toBe(
        'http://bookings.test/bookings/dashboard/connections?error=oauth_browser_mismatch',
      );
      // The cookie of the browser's own flow is left to that flow.
      expect(callback.headers.getSetCookie()).toEqual([]);
    }
    expect(await ann.listConnections()).toEqual([]);
    expect(await bob.listConnections()).toEqual([]);
    expect(await t.database.db.select().from(calendarConnections)).toEqual([]);
    // No code was traded: the provider's tokens were never asked for.
    expect(tokensOf(provider).service.requestsTo('token')).toHaveLength(tokenRequestsBefore);
  });

  it('connects in the browser that started it, and spends its cookie', async () => {
    addPrimaryCalendar();
    const { get, listConnections } = await ownerWithToken();

    const { callback } = await connectThroughRoutes(get, provider);

    expect(callback.headers.get('location')).toContain(`connected=${provider}`);
    expect(callback.headers.getSetCookie()).toEqual([
      `bookings_connection_flow=; Path=/bookings/connections/${provider}/callback; Max-Age=0; HttpOnly; SameSite=Lax`,
    ]);
    expect(await listConnections()).toHaveLength(1);
  });
});

describe('the flow cookie behind https', () => {
  it('is Secure', async () => {
    const secure = await startTestApp(t.database, {
      env: { ...t.fakes.env, PUBLIC_BASE_URL: 'https://bookings.test' },
    });
    try {
      const token = await secure.tokenFor('ann@example.com');
      const start = await fetch(`${secure.baseUrl}/bookings/connections/google/start`, {
        headers: { authorization: `Bearer ${token}` },
        redirect: 'manual',
      });
      expect(start.headers.getSetCookie()[0]?.split('; ')).toEqual(
        expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Lax']),
      );
    } finally {
      await secure.close();
    }
  });
});

describe('disconnecting', () => {
  const connectionOf = async (list: () => Promise<{ id: string; provider: string }[]>, provider: string) => {
    const found = (await list()).find((connection) => connection.provider === provider);
    if (!found) throw new Error(`${provider} is not connected`);
    return found;
  };

  it('revokes the Google grant at the provider', async () => {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    const { get, api, listConnections } = await ownerWithToken();
    await connectThroughRoutes(get, 'google');
    const connection = await connectionOf(listConnections, 'google');
    const { refreshToken } = await t.app.container.repositories.calendarConnections.readTokens(connection.id);

    const answer = await api.DELETE('/bookings/connections/{id}', {
      params: { path: { id: connection.id } },
    });

    expect(answer.response.status).toBe(204);
    expect(t.fakes.googleTokens.revokedTokens).toEqual([refreshToken]);
    expect(t.fakes.googleTokens.isLiveRefreshToken(refreshToken)).toBe(false);
    expect(await listConnections()).toEqual([]);
  });

  it('disconnects all the same when Google cannot revoke, and the grant is left as it was', async () => {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    const { get, api, listConnections } = await ownerWithToken();
    await connectThroughRoutes(get, 'google');
    const connection = await connectionOf(listConnections, 'google');
    const { refreshToken } = await t.app.container.repositories.calendarConnections.readTokens(connection.id);
    t.fakes.googleTokens.service.faults.inject('revoke', { kind: 'status', status: 503 }, 4);

    const answer = await api.DELETE('/bookings/connections/{id}', {
      params: { path: { id: connection.id } },
    });

    expect(answer.response.status).toBe(204);
    expect(t.fakes.googleTokens.service.requestsTo('revoke')).toHaveLength(4);
    expect(t.fakes.googleTokens.isLiveRefreshToken(refreshToken)).toBe(true);
    expect(await listConnections()).toEqual([]);
  });

  it('leaves the grant to another owner who has the same Google account connected', async () => {
    t.fakes.google.addCalendar({ id: 'shared@gmail.example', primary: true });
    const ann = await ownerWithToken('ann@example.com');
    const bob = await ownerWithToken('bob@example.com');
    await connectThroughRoutes(ann.get, 'google');
    await connectThroughRoutes(bob.get, 'google');
    const annsConnection = await connectionOf(ann.listConnections, 'google');
    const bobsConnection = await connectionOf(bob.listConnections, 'google');

    await ann.api.DELETE('/bookings/connections/{id}', { params: { path: { id: annsConnection.id } } });
    expect(t.fakes.googleTokens.service.requestsTo('revoke')).toHaveLength(0);

    await bob.api.DELETE('/bookings/connections/{id}', { params: { path: { id: bobsConnection.id } } });
    expect(t.fakes.googleTokens.service.requestsTo('revoke')).toHaveLength(1);
  });

  it('disconnects a connection whose tokens can no longer be unsealed, revoking nothing', async () => {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    const { get, api, listConnections } = await ownerWithToken();
    await connectThroughRoutes(get, 'google');
    const connection = await connectionOf(listConnections, 'google');
    await t.database.db
      .update(calendarConnections)
      .set({ tokensSealed: 'sealed-under-another-key' })
      .where(eq(calendarConnections.id, connection.id));

    const answer = await api.DELETE('/bookings/connections/{id}', {
      params: { path: { id: connection.id } },
    });

    expect(answer.response.status).toBe(204);
    expect(t.fakes.googleTokens.service.requestsTo('revoke')).toHaveLength(0);
    expect(await listConnections()).toEqual([]);
  });

  it('asks Microsoft nothing (no per-grant revocation, ADR 010) and deletes the tokens', async () => {
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    const { get, api, listConnections } = await ownerWithToken();
    await connectThroughRoutes(get, 'microsoft');
    const connection = await connectionOf(listConnections, 'microsoft');
    const requestsBefore = t.fakes.microsoftTokens.service.requests.length;

    const answer = await api.DELETE('/bookings/connections/{id}', {
      params: { path: { id: connection.id } },
    });

    expect(answer.response.status).toBe(204);
    expect(t.fakes.microsoftTokens.service.requests).toHaveLength(requestsBefore);
    expect(await t.database.db.select().from(calendarConnections)).toEqual([]);
  });
});

describe('a provider without an OAuth client', () => {
  it('answers 409 provider_not_configured', async () => {
    const bare = await startTestApp(t.database);
    try {
      const token = await bare.tokenFor('ann@example.com');
      const response = await fetch(`${bare.baseUrl}/bookings/connections/microsoft/start`, {
        headers: { authorization: `Bearer ${token}` },
        redirect: 'manual',
      });
      expect(response.status).toBe(409);
      expect(await response.text()).toContain('"code":"provider_not_configured"');
    } finally {
      await bare.close();
    }
  });

  it('is listed as not configured, with the settings that would configure it', async () => {
    const googleOnly = await startTestApp(t.database, {
      env: { GOOGLE_CLIENT_ID: 'client-id', GOOGLE_CLIENT_SECRET: 'client-secret' },
    });
    try {
      const api = createApiClient({
        baseUrl: googleOnly.baseUrl,
        token: await googleOnly.tokenFor('ann@example.com'),
      });
      const { data } = await api.GET('/bookings/connections');
      expect(data?.providers).toEqual([
        { provider: 'google', configured: true, settings: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'] },
        {
          provider: 'microsoft',
          configured: false,
          settings: ['MICROSOFT_CLIENT_ID', 'MICROSOFT_CLIENT_SECRET'],
        },
      ]);
    } finally {
      await googleOnly.close();
    }
  });

  it('lists every provider as configured when both have OAuth clients', async () => {
    const { api } = await ownerWithToken();
    const { data } = await api.GET('/bookings/connections');
    expect(data?.providers.map(({ provider, configured }) => ({ provider, configured }))).toEqual([
      { provider: 'google', configured: true },
      { provider: 'microsoft', configured: true },
    ]);
  });
});

describe('busy time over every connection (multi-calendar overlay)', () => {
  async function ownerWithTwoAccounts() {
    const [owner] = await t.database.db
      .insert(owners)
      .values({ email: 'ann@example.com', name: 'Ann' })
      .returning({ id: owners.id });
    const ownerId = owner?.id ?? '';
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    t.fakes.google.addCalendar({ id: 'family' });
    t.fakes.google.addCalendar({ id: 'ignored' });
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    t.fakes.graph.addCalendar({ id: 'graph-side', name: 'Side' });
    t.fakes.google.addEvent('ann@gmail.example', {
      start: at('2030-03-04T09:00:00Z'),
      end: at('2030-03-04T10:00:00Z'),
    });
    t.fakes.google.addEvent('family', { start: at('2030-03-04T09:30:00Z'), end: at('2030-03-04T11:00:00Z') });
    t.fakes.google.addEvent('ignored', {
      start: at('2030-03-04T15:00:00Z'),
      end: at('2030-03-04T16:00:00Z'),
    });
    t.fakes.graph.addEvent('graph-main', {
      start: at('2030-03-04T13:00:00Z'),
      end: at('2030-03-04T14:00:00Z'),
    });
    t.fakes.graph.addEvent('graph-side', {
      start: at('2030-03-04T13:30:00Z'),
      end: at('2030-03-04T14:30:00Z'),
    });
    t.fakes.graph.addEvent('graph-main', {
      start: at('2030-03-04T17:00:00Z'),
      end: at('2030-03-04T18:00:00Z'),
      showAs: 'free',
    });
    const google = await connectAccount(t.app, t.fakes, {
      ownerId,
      provider: 'google',
      accountEmail: 'ann@gmail.example',
      busyCalendarIds: ['ann@gmail.example', 'family'],
    });
    const microsoft = await connectAccount(t.app, t.fakes, {
      ownerId,
      provider: 'microsoft',
      accountEmail: 'ann@contoso.example',
      busyCalendarIds: ['graph-main', 'graph-side'],
    });
    return { ownerId, google, microsoft };
  }
  const day = { start: at('2030-03-04T00:00:00Z'), end: at('2030-03-05T00:00:00Z') };

  it('is the union of the selected calendars of all connections', async () => {
    const { ownerId } = await ownerWithTwoAccounts();
    const busy = await t.app.container.connections.busyTime.getBusy(ownerId, day);
    expect(busy).toEqual([
      { start: at('2030-03-04T09:00:00Z'), end: at('2030-03-04T11:00:00Z') },
      { start: at('2030-03-04T13:00:00Z'), end: at('2030-03-04T14:30:00Z') },
    ]);
  });

  it('is empty without connections', async () => {
    const [owner] = await t.database.db.insert(owners).values({ email: 'x@example.com' }).returning();
    expect(await t.app.container.connections.busyTime.getBusy(owner?.id ?? '', day)).toEqual([]);
  });

  it('is cached briefly, and a booking (invalidate) asks again', async () => {
    const { ownerId } = await ownerWithTwoAccounts();
    const busyTime = t.app.container.connections.busyTime;
    await busyTime.getBusy(ownerId, day);
    await busyTime.getBusy(ownerId, { start: at('2030-03-04T08:00:00Z'), end: at('2030-03-04T12:00:00Z') });
    expect(t.fakes.google.service.requestsTo('freebusy.query')).toHaveLength(1);
    busyTime.invalidate(ownerId);
    await busyTime.getBusy(ownerId, day);
    expect(t.fakes.google.service.requestsTo('freebusy.query')).toHaveLength(2);
  });

  it('retries through a 429 with Retry-After and a 500', async () => {
    const { ownerId } = await ownerWithTwoAccounts();
    t.fakes.google.service.faults.inject('freebusy.query', { kind: 'status', status: 429, retryAfter: '0' });
    t.fakes.graph.service.faults.inject('calendarView', { kind: 'status', status: 500 });
    const busy = await t.app.container.connections.busyTime.getBusy(ownerId, day);
    expect(busy).toHaveLength(2);
  });

  it('answers calendar_unavailable when a provider stays down and nothing fresh is cached', async () => {
    const { ownerId } = await ownerWithTwoAccounts();
    t.fakes.graph.service.faults.inject('calendarView', { kind: 'status', status: 503 }, 10);
    await expect(t.app.container.connections.busyTime.getBusy(ownerId, day)).rejects.toMatchObject({
      code: 'calendar_unavailable',
    });
  });

  it('marks a connection needs_reconnect on invalid_grant, and fails closed', async () => {
    const { ownerId, microsoft } = await ownerWithTwoAccounts();
    t.fakes.microsoftTokens.revokeRefreshTokens();
    await expect(t.app.container.connections.busyTime.getBusy(ownerId, day)).rejects.toMatchObject({
      code: 'calendar_unavailable',
    });
    const [row] = await t.database.db
      .select()
      .from(calendarConnections)
      .where(eq(calendarConnections.id, microsoft.id));
    expect(row?.status).toBe('needs_reconnect');
    expect(row?.statusReason).toMatch(/invalid_grant/);
    await expect(t.app.container.connections.busyTime.getBusy(ownerId, day)).rejects.toMatchObject({
      code: 'calendar_unavailable',
    });
  });

  it('refreshes an expired access token once and keeps the new one sealed', async () => {
    const { ownerId, google } = await ownerWithTwoAccounts();
    const before = await t.app.container.repositories.calendarConnections.readTokens(google.id);
    t.fakes.googleTokens.expireAccessTokens();
    await t.app.container.connections.busyTime.getBusy(ownerId, day);
    const after = await t.app.container.repositories.calendarConnections.readTokens(google.id);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(t.fakes.googleTokens.refreshCount).toBe(1);
  });
});

describe('contact autocomplete', () => {
  it('needs 3 characters, merges both providers, one entry per address', async () => {
    const { owner, api } = await ownerWithToken();
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    await connectAccount(t.app, t.fakes, {
      ownerId: owner.id,
      provider: 'google',
      accountEmail: 'ann@gmail.example',
      busyCalendarIds: [],
    });
    await connectAccount(t.app, t.fakes, {
      ownerId: owner.id,
      provider: 'microsoft',
      accountEmail: 'ann@contoso.example',
      busyCalendarIds: [],
    });
    t.fakes.google.addContact({ email: 'grace@navy.example', name: 'Grace Hopper' });
    t.fakes.google.addContact({ email: 'greta@example.com', name: 'Greta' }, 'otherContacts');
    t.fakes.graph.addContact({ email: 'GRACE@navy.example', name: 'Grace Hopper' });
    t.fakes.graph.addContact({ email: 'gregor@example.org', name: 'Gregor Mendel' });

    const search = async (q: string) =>
      (await api.GET('/bookings/contacts', { params: { query: { q } } })).data?.items ?? [];
    expect(await search('gr')).toEqual([]);
    expect(t.fakes.google.service.requests).toHaveLength(0);
    const found = await search('gre');
    expect(found.map((c) => c.email.toLowerCase()).sort()).toEqual([
      'gregor@example.org',
      'greta@example.com',
    ]);
    const grace = await search('grac');
    expect(grace).toHaveLength(1);
    expect(grace[0]).toMatchObject({ name: 'Grace Hopper' });
  });
});
