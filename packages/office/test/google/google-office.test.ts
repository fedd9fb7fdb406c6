import { describe, expect, it } from 'vitest';
import type { OfficePort } from '../../src/index';
import {
  buildAuthorizationUrl,
  createGoogleOffice,
  createPkcePair,
  exchangeAuthorizationCode,
  OfficeError,
  providerScopes,
  toGoogleEventId,
} from '../../src/index';
import { GoogleFake } from '../fakes/index';
import { newEvent } from '../support/new-event';
import { useProviderFake } from '../support/use-provider-fake';

const t = useProviderFake((tokens) => GoogleFake.start(tokens));

function connect(overrides: { requestTimeoutMs?: number } = {}): OfficePort {
  return createGoogleOffice({
    clientId: t.tokens.clientId,
    clientSecret: t.tokens.clientSecret,
    tokens: t.tokens.grant(),
    sink: t.sink,
    retry: t.retry,
    endpoints: { tokenUrl: t.tokens.tokenUrl, apiBaseUrl: t.fake.rootUrl },
    ...overrides,
  });
}

describe('Google calendars', () => {
  it('lists calendars across pages with write access derived from the role', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', summary: 'Work', primary: true });
    t.fake.addCalendar({ id: 'team@group.calendar.google.com', summary: 'Team', accessRole: 'writer' });
    t.fake.addCalendar({ id: 'holidays', summary: 'Holidays', accessRole: 'reader' });

    const calendars = await connect().listCalendars();

    expect(calendars).toEqual([
      { id: 'owner@example.com', name: 'Work', primary: true, canWrite: true },
      { id: 'team@group.calendar.google.com', name: 'Team', primary: false, canWrite: true },
      { id: 'holidays', name: 'Holidays', primary: false, canWrite: false },
    ]);
    expect(t.fake.service.requestsTo('calendarList.list')).toHaveLength(2);
  });

  it('returns busy blocks of several calendars in one freeBusy query, ignoring free events', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    t.fake.addCalendar({ id: 'team' });
    t.fake.addEvent('owner@example.com', {
      start: new Date('2030-03-04T08:00:00Z'),
      end: new Date('2030-03-04T09:00:00Z'),
    });
    t.fake.addEvent('owner@example.com', {
      start: new Date('2030-03-04T12:00:00Z'),
      end: new Date('2030-03-04T13:00:00Z'),
      transparency: 'transparent',
    });
    t.fake.addEvent('team', {
      start: new Date('2030-03-04T15:00:00Z'),
      end: new Date('2030-03-04T16:00:00Z'),
    });

    const busy = await connect().getBusy(
      { start: new Date('2030-03-04T00:00:00Z'), end: new Date('2030-03-05T00:00:00Z') },
      ['owner@example.com', 'team', 'removed-calendar'],
    );

    expect(busy).toEqual([
      {
        calendarId: 'owner@example.com',
        start: new Date('2030-03-04T08:00:00Z'),
        end: new Date('2030-03-04T09:00:00Z'),
      },
      { calendarId: 'team', start: new Date('2030-03-04T15:00:00Z'), end: new Date('2030-03-04T16:00:00Z') },
    ]);
    const queries = t.fake.service.requestsTo('freebusy.query');
    expect(queries.map((query) => query.body)).toEqual([
      {
        timeMin: '2030-03-04T00:00:00.000Z',
        timeMax: '2030-03-05T00:00:00.000Z',
        timeZone: 'UTC',
        items: [{ id: 'owner@example.com' }, { id: 'team' }, { id: 'removed-calendar' }],
      },
    ]);
  });

  it('creates the event with our id, the attendee and the answers, without Google sending mail', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const event = newEvent({ withConference: true });

    const created = await connect().createEvent('owner@example.com', event);

    const [stored] = t.fake.liveEvents();
    expect(stored?.id).toBe(toGoogleEventId(event.id));
    expect(created.eventId).toBe(stored?.id);
    expect(stored?.description).toContain('What is it about? Pricing');
    expect(stored?.attendees).toEqual([
      { email: 'ada@example.com', displayName: 'Ada Lovelace', responseStatus: 'needsAction' },
    ]);
    expect(stored?.start).toEqual({ dateTime: '2030-03-04T09:00:00.000Z', timeZone: 'Europe/Berlin' });
    expect(created.conferenceUrl).toMatch(/^https:\/\/meet\.google\.com\//);
    const [insert] = t.fake.service.requestsTo('events.insert');
    expect(insert?.query).toEqual({ sendUpdates: 'none', conferenceDataVersion: '1' });
    expect(insert?.body).toEqual({
      id: toGoogleEventId(event.id),
      summary: 'Intro call',
      description: 'Booked via link\n\nWhat is it about? Pricing',
      start: { dateTime: '2030-03-04T09:00:00.000Z', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-03-04T09:30:00.000Z', timeZone: 'Europe/Berlin' },
      attendees: [{ email: 'ada@example.com', displayName: 'Ada Lovelace' }],
      conferenceData: {
        createRequest: { requestId: event.id, conferenceSolutionKey: { type: 'hangoutsMeet' } },
      },
    });
  });

  it('sends no conference request for an event without a meeting link', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const event = newEvent();

    await connect().createEvent('owner@example.com', event);

    const [insert] = t.fake.service.requestsTo('events.insert');
    expect(insert?.query).toEqual({ sendUpdates: 'none', conferenceDataVersion: '0' });
    expect(insert?.body).toEqual({
      id: toGoogleEventId(event.id),
      summary: 'Intro call',
      description: 'Booked via link\n\nWhat is it about? Pricing',
      start: { dateTime: '2030-03-04T09:00:00.000Z', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2030-03-04T09:30:00.000Z', timeZone: 'Europe/Berlin' },
      attendees: [{ email: 'ada@example.com', displayName: 'Ada Lovelace' }],
    });
  });

  it('gets Google’s 400 for an event that ends when it starts, and does not retry it', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const start = new Date('2030-03-04T09:00:00Z');

    await expect(
      connect().createEvent('owner@example.com', newEvent({ start, end: start })),
    ).rejects.toMatchObject({ code: 'provider_rejected', status: 400 });

    expect(t.fake.liveEvents()).toEqual([]);
    expect(t.fake.service.requestsTo('events.insert')).toHaveLength(1);
  });

  it('creates exactly one event when the connection resets after Google committed the insert', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    t.fake.service.faults.inject('events.insert', { kind: 'reset-after-commit' });

    const created = await connect().createEvent('owner@example.com', newEvent());

    expect(t.fake.liveEvents()).toHaveLength(1);
    expect(created.eventId).toBe(t.fake.liveEvents()[0]?.id);
    expect(t.fake.service.requestsTo('events.insert')).toHaveLength(2);
    expect(t.fake.service.requestsTo('events.get')).toHaveLength(1);
  });

  it('patches an event and treats deleting a deleted event as success', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const office = connect();
    const { eventId } = await office.createEvent('owner@example.com', newEvent());

    await office.updateEvent('owner@example.com', eventId, {
      title: 'Moved call',
      start: new Date('2030-03-05T10:00:00Z'),
      end: new Date('2030-03-05T10:30:00Z'),
      timeZone: 'UTC',
    });
    expect(t.fake.liveEvents()[0]).toMatchObject({
      summary: 'Moved call',
      start: { dateTime: '2030-03-05T10:00:00.000Z', timeZone: 'UTC' },
      description: newEvent().description,
    });
    const [patch] = t.fake.service.requestsTo('events.patch');
    expect(patch?.query).toEqual({ sendUpdates: 'none' });
    expect(patch?.body).toEqual({
      summary: 'Moved call',
      start: { dateTime: '2030-03-05T10:00:00.000Z', timeZone: 'UTC' },
      end: { dateTime: '2030-03-05T10:30:00.000Z', timeZone: 'UTC' },
    });

    await office.cancelEvent('owner@example.com', eventId);
    await office.cancelEvent('owner@example.com', eventId);
    await office.cancelEvent('owner@example.com', 'neverexisted123');
    expect(t.fake.liveEvents()).toHaveLength(0);
  });

  it('moves and deletes the event exactly once each through 429, 500 and an expired token', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const office = connect();
    const { eventId } = await office.createEvent('owner@example.com', newEvent());
    t.fake.service.faults.inject('events.patch', { kind: 'status', status: 429, retryAfter: '1' });
    t.fake.service.faults.inject('events.patch', { kind: 'status', status: 500 });
    t.tokens.expireAccessTokens();
    await office.updateEvent('owner@example.com', eventId, {
      start: new Date('2030-03-05T10:00:00Z'),
      end: new Date('2030-03-05T10:30:00Z'),
      timeZone: 'UTC',
    });
    expect(t.fake.service.committed('events.patch')).toBe(1);
    expect(t.fake.liveEvents()[0]?.start).toEqual({ dateTime: '2030-03-05T10:00:00.000Z', timeZone: 'UTC' });

    t.fake.service.faults.inject('events.delete', { kind: 'status', status: 503 });
    t.fake.service.faults.inject('events.delete', { kind: 'status', status: 429 });
    t.tokens.expireAccessTokens();
    await office.cancelEvent('owner@example.com', eventId);
    expect(t.fake.service.committed('events.delete')).toBe(1);
    expect(t.fake.liveEvents()).toHaveLength(0);
  });

  it('rejects a request Google refuses without retrying it', async () => {
    const office = connect();
    await expect(office.createEvent('missing-calendar', newEvent())).rejects.toMatchObject({
      code: 'provider_rejected',
      status: 404,
    });
    expect(t.fake.service.requestsTo('events.insert')).toHaveLength(1);
  });
});

describe('Google account', () => {
  it('names the account after its primary calendar and lists its calendars in the same read', async () => {
    t.fake.addCalendar({ id: 'Owner@Example.com', summary: 'Work', primary: true });
    t.fake.addCalendar({ id: 'holidays', summary: 'Holidays', accessRole: 'reader' });

    const account = await connect().describeAccount();

    expect(account).toEqual({
      email: 'owner@example.com',
      calendars: [
        { id: 'Owner@Example.com', name: 'Work', primary: true, canWrite: true },
        { id: 'holidays', name: 'Holidays', primary: false, canWrite: false },
      ],
    });
    expect(t.fake.service.requestsTo('calendarList.list')).toHaveLength(1);
  });

  it('retries a transient failure and refuses an account without a primary calendar', async () => {
    t.fake.addCalendar({ id: 'side', summary: 'Side' });
    t.fake.service.faults.inject('calendarList.list', { kind: 'status', status: 503 });

    await expect(connect().describeAccount()).rejects.toMatchObject({
      code: 'provider_rejected',
      message: 'the Google account has no primary calendar',
    });
    expect(t.retry.delays).toHaveLength(1);
  });
});

describe('Google contacts', () => {
  it('warms up the search cache before the first search and merges saved and other contacts', async () => {
    t.fake.addContact({ email: 'ada@example.com', name: 'Ada Lovelace' });
    t.fake.addContact({ email: 'grace@example.com', name: 'Grace Hopper' });
    t.fake.addContact({ email: 'ada@example.com', name: 'Ada L.' }, 'otherContacts');
    t.fake.addContact({ email: 'adam@example.org' }, 'otherContacts');
    const office = connect();

    const found = await office.searchContacts('ada');

    expect(found).toEqual([
      { email: 'ada@example.com', name: 'Ada Lovelace', source: 'google' },
      { email: 'adam@example.org', name: undefined, source: 'google' },
    ]);
    const searches = t.fake.service.requestsTo('people.searchContacts');
    expect(searches.map((request) => request.query.query)).toEqual(['', 'ada']);
    expect(searches[1]?.query.readMask).toBe('names,emailAddresses');
    expect(t.fake.service.requestsTo('otherContacts.search').map((request) => request.query.query)).toEqual([
      '',
      'ada',
    ]);

    await office.searchContacts('grace');
    expect(t.fake.service.requestsTo('people.searchContacts')).toHaveLength(3);
  });

  it('creates a contact once, skipping an email already in the address book', async () => {
    const office = connect();

    await office.createContact({ email: 'new.person@example.com', name: 'New Person' });
    await office.createContact({ email: 'New.Person@example.com', name: 'New Person' });

    expect(t.fake.contacts).toHaveLength(1);
    expect(t.fake.contacts[0]).toMatchObject({
      names: [{ unstructuredName: 'New Person' }],
      emailAddresses: [{ value: 'new.person@example.com' }],
    });
    const [created] = t.fake.service.requestsTo('people.createContact');
    expect(created?.query).toEqual({ personFields: 'names,emailAddresses' });
    expect(created?.body).toEqual({
      names: [{ unstructuredName: 'New Person' }],
      emailAddresses: [{ value: 'new.person@example.com' }],
    });
  });
});

describe('Google failures', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    t.fake.service.faults.inject('calendarList.list', { kind: 'status', status: 429, retryAfter: '7' });
    const httpDate = new Date(Date.now() + 120_000).toUTCString();
    t.fake.service.faults.inject('calendarList.list', { kind: 'status', status: 503, retryAfter: httpDate });

    const calendars = await connect().listCalendars();

    expect(calendars).toHaveLength(1);
    expect(t.retry.delays[0]).toBe(7_000);
    expect(t.retry.delays[1]).toBeGreaterThan(110_000);
    expect(t.retry.delays[1]).toBeLessThanOrEqual(120_000);
  });

  it('retries POST on 500s with growing backoff until it succeeds', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    t.fake.service.faults.inject('events.insert', { kind: 'status', status: 500 }, 2);

    await connect().createEvent('owner@example.com', newEvent());

    expect(t.fake.liveEvents()).toHaveLength(1);
    expect(t.retry.delays).toHaveLength(2);
    expect(t.retry.delays[0]).toBeLessThanOrEqual(100);
    expect(t.retry.delays[1]).toBeGreaterThanOrEqual(100);
    expect(t.retry.delays[1]).toBeLessThanOrEqual(200);
  });

  it('gives up as provider_unavailable after maxAttempts', async () => {
    t.fake.service.faults.inject('freebusy.query', { kind: 'reset' }, 4);

    const failure = connect().getBusy(
      { start: new Date('2030-01-01T00:00:00Z'), end: new Date('2030-01-02T00:00:00Z') },
      ['owner@example.com'],
    );

    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(t.fake.service.requestsTo('freebusy.query')).toHaveLength(4);
  });

  it('retries a response slower than the request timeout', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    t.fake.service.faults.inject('calendarList.list', { kind: 'delay', ms: 1_000 });

    const calendars = await connect({ requestTimeoutMs: 200 }).listCalendars();

    expect(calendars).toHaveLength(1);
    expect(t.retry.delays).toHaveLength(1);
  });

  it('retries a token endpoint that is briefly unavailable during a refresh, with one policy', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const office = connect();
    t.tokens.expireAccessTokens();
    t.tokens.service.faults.inject('token', { kind: 'status', status: 503 });
    const tokenRequestsBefore = t.tokens.service.requestsTo('token').length;

    expect(await office.listCalendars()).toHaveLength(1);
    expect(t.tokens.service.requestsTo('token').length - tokenRequestsBefore).toBe(2);
    expect(t.retry.delays).toHaveLength(1);
    expect(t.sink.saved).toHaveLength(1);
  });

  it('refreshes once on 401, reports the new tokens and completes the call', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const office = connect();
    t.tokens.expireAccessTokens();

    const calendars = await office.listCalendars();

    expect(calendars).toHaveLength(1);
    expect(t.sink.saved).toHaveLength(1);
    expect(t.tokens.isValidAccessToken(`Bearer ${t.sink.saved[0]?.accessToken}`)).toBe(true);
    expect(t.sink.saved[0]?.refreshToken).toMatch(/^rt-/);
    expect(t.sink.reconnectReasons).toEqual([]);
  });

  it('refreshes before calling when the stored token has expired', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const office = createGoogleOffice({
      clientId: t.tokens.clientId,
      clientSecret: t.tokens.clientSecret,
      tokens: { ...t.tokens.grant(), expiresAt: Date.now() - 1_000 },
      sink: t.sink,
      retry: t.retry,
      endpoints: { tokenUrl: t.tokens.tokenUrl, apiBaseUrl: t.fake.rootUrl },
    });

    await office.listCalendars();

    expect(t.sink.saved).toHaveLength(1);
    expect(t.fake.service.requestsTo('calendarList.list')).toHaveLength(1);
  });

  it('asks for reconnection when a second 401 follows the refresh', async () => {
    const office = connect();
    t.fake.service.faults.inject('calendarList.list', { kind: 'status', status: 401 }, 2);

    await expect(office.listCalendars()).rejects.toMatchObject({ code: 'needs_reconnect' });
    expect(t.sink.saved).toHaveLength(1);
    expect(t.sink.reconnectReasons).toHaveLength(1);
  });

  it('asks for reconnection when the refresh token is revoked (invalid_grant)', async () => {
    const office = connect();
    t.tokens.revokeRefreshTokens();

    await expect(office.listCalendars()).rejects.toMatchObject({ code: 'needs_reconnect' });
    expect(t.sink.saved).toEqual([]);
    expect(t.sink.reconnectReasons[0]).toContain('invalid_grant');
  });
});

describe('Google scopes', () => {
  /** An office whose tokens come from a consent to exactly these scopes, as the service's connect flow gets them. */
  async function connectWithConsentTo(scopes: string[]): Promise<OfficePort> {
    const pkce = createPkcePair();
    const redirectUri = 'http://127.0.0.1:9/bookings/connections/google/callback';
    const authorizeUrl = new URL(
      buildAuthorizationUrl('google', {
        clientId: t.tokens.clientId,
        redirectUri,
        state: 'state',
        codeChallenge: pkce.codeChallenge,
        endpoints: { authorizeUrl: t.tokens.authorizeUrl },
      }),
    );
    authorizeUrl.searchParams.set('scope', scopes.join(' '));
    const { code } = t.tokens.consent(authorizeUrl.toString());
    const tokens = await exchangeAuthorizationCode('google', {
      clientId: t.tokens.clientId,
      clientSecret: t.tokens.clientSecret,
      redirectUri,
      code,
      codeVerifier: pkce.codeVerifier,
      endpoints: { tokenUrl: t.tokens.tokenUrl },
    });
    return createGoogleOffice({
      clientId: t.tokens.clientId,
      clientSecret: t.tokens.clientSecret,
      tokens,
      sink: t.sink,
      retry: t.retry,
      endpoints: { tokenUrl: t.tokens.tokenUrl, apiBaseUrl: t.fake.rootUrl },
    });
  }

  it('are enough for every call the adapter makes', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    t.fake.addContact({ email: 'grace@navy.example', name: 'Grace Hopper' });
    t.fake.addContact({ email: 'greta@example.com', name: 'Greta' }, 'otherContacts');
    const office = await connectWithConsentTo(providerScopes.google);

    expect((await office.describeAccount()).email).toBe('owner@example.com');
    await office.getBusy({ start: new Date('2030-03-04T00:00:00Z'), end: new Date('2030-03-05T00:00:00Z') }, [
      'owner@example.com',
    ]);
    const { eventId } = await office.createEvent('owner@example.com', newEvent({ withConference: true }));
    await office.updateEvent('owner@example.com', eventId, { title: 'Moved' });
    await office.cancelEvent('owner@example.com', eventId);
    expect((await office.searchContacts('gr')).map((contact) => contact.email).sort()).toEqual([
      'grace@navy.example',
      'greta@example.com',
    ]);
    await office.createContact({ email: 'new.person@example.com', name: 'New Person' });
    expect(t.fake.service.committed('people.createContact')).toBe(1);
  });

  it('are checked by the fake as by Google: without a free/busy scope, free/busy is refused', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const office = await connectWithConsentTo(
      providerScopes.google.filter((granted) => !granted.endsWith('calendar.events.freebusy')),
    );

    await expect(
      office.getBusy({ start: new Date('2030-03-04T00:00:00Z'), end: new Date('2030-03-05T00:00:00Z') }, [
        'owner@example.com',
      ]),
    ).rejects.toMatchObject({ code: 'provider_rejected', status: 403 });
  });
});

describe('Google fake, as strict as Google', () => {
  async function send(method: string, path: string, body: unknown) {
    const response = await fetch(new URL(path, t.fake.rootUrl), {
      method,
      headers: {
        authorization: `Bearer ${t.tokens.grant().accessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  const slot = {
    start: { dateTime: '2030-03-04T09:00:00.000Z' },
    end: { dateTime: '2030-03-04T09:30:00.000Z' },
  };

  it('answers an event that ends when it starts with Google’s own 400', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });
    const empty = { start: slot.start, end: slot.start };

    const answers = [
      await send('POST', 'calendar/v3/calendars/owner%40example.com/events', { summary: 'x', ...empty }),
      await send('POST', 'calendar/v3/freeBusy', {
        timeMin: slot.start.dateTime,
        timeMax: slot.start.dateTime,
        items: [{ id: 'owner@example.com' }],
      }),
    ];
    const { id } = t.fake.addEvent('owner@example.com', {
      start: new Date(slot.start.dateTime),
      end: new Date(slot.end.dateTime),
    });
    answers.push(
      await send('PATCH', `calendar/v3/calendars/owner%40example.com/events/${id}`, { end: slot.start }),
    );

    const timeRangeEmpty = {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'The specified time range is empty.',
          errors: [
            { domain: 'calendar', reason: 'timeRangeEmpty', message: 'The specified time range is empty.' },
          ],
        },
      },
    };
    expect(answers).toEqual([timeRangeEmpty, timeRangeEmpty, timeRangeEmpty]);
    expect(t.fake.liveEvents().map((event) => event.end)).toEqual([slot.end]);
  });

  it('refuses a body field the resource does not have, naming it', async () => {
    t.fake.addCalendar({ id: 'owner@example.com', primary: true });

    const event = await send('POST', 'calendar/v3/calendars/owner%40example.com/events', {
      ...slot,
      attendees: [{ email: 'ada@example.com', name: 'Ada' }],
    });
    const contact = await send('POST', 'v1/people:createContact', {
      emailAddresses: [{ value: 'ada@example.com' }],
      nickname: 'Ada',
    });

    expect(event).toMatchObject({
      status: 400,
      body: {
        error: {
          message: 'Invalid JSON payload received. Unknown name "attendees[0].name": Cannot find field.',
        },
      },
    });
    expect(contact).toMatchObject({
      status: 400,
      body: {
        error: { message: 'Invalid JSON payload received. Unknown name "nickname": Cannot find field.' },
      },
    });
    expect(t.fake.liveEvents()).toEqual([]);
    expect(t.fake.contacts).toEqual([]);
  });
});
