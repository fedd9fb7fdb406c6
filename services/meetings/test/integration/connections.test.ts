import { createApiClient } from '@bookings/api-client';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarConnections, owners } from '../../src/adapters/db/schema';
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

/** Plays the browser and the provider: start -> consent (a code for the redirect URI) -> callback. */
async function connectThroughRoutes(
  request: Awaited<ReturnType<typeof ownerWithToken>>['get'],
  provider: 'google' | 'microsoft',
) {
  const start = await request(`/bookings/connections/${provider}/start`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location') ?? '');
  const redirectUri = authorize.searchParams.get('redirect_uri') ?? '';
  const state = authorize.searchParams.get('state') ?? '';
  const tokens = provider === 'google' ? t.fakes.googleTokens : t.fakes.microsoftTokens;
  const code = tokens.issueAuthorizationCode(redirectUri);
  const callbackPath = new URL(redirectUri).pathname;
  const callback = await fetch(
    `${t.baseUrl}${callbackPath}?code=${code}&state=${encodeURIComponent(state)}`,
    {
      redirect: 'manual',
    },
  );
  return { authorize, redirectUri, state, callback };
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

    // The state is single use.
    const replay = await fetch(
      `${t.baseUrl}/bookings/connections/google/callback?code=x&state=${encodeURIComponent(google.state)}`,
      { redirect: 'manual' },
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
    const denied = await fetch(
      `${t.baseUrl}/bookings/connections/microsoft/callback?error=access_denied&state=${encodeURIComponent(state)}`,
      { redirect: 'manual' },
    );
    expect(denied.headers.get('location')).toBe(
      'http://bookings.test/bookings/dashboard/connections?error=connection_failed',
    );
    const forged = await fetch(`${t.baseUrl}/bookings/connections/google/callback?code=abc&state=forged`, {
      redirect: 'manual',
    });
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
