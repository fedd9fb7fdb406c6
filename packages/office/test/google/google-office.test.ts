import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent, OfficePort } from '../../src/index';
import { createGoogleOffice, OfficeError, toGoogleEventId } from '../../src/index';
import type { RecordingSink } from '../fakes/index';
import { createRecordingSink, GoogleFake, recordingRetryPolicy, TokenFake } from '../fakes/index';

let tokens: TokenFake;
let google: GoogleFake;
let sink: RecordingSink;
let retry: ReturnType<typeof recordingRetryPolicy>;

beforeAll(async () => {
  tokens = await TokenFake.start();
  google = await GoogleFake.start(tokens);
});

afterAll(async () => {
  await google.close();
  await tokens.close();
});

beforeEach(() => {
  sink = createRecordingSink();
  retry = recordingRetryPolicy();
});

afterEach(() => {
  google.calendars.clear();
  google.contacts.length = 0;
  google.otherContacts.length = 0;
  google.service.faults.clear();
  google.service.requests.length = 0;
});

function connect(overrides: { requestTimeoutMs?: number } = {}): OfficePort {
  return createGoogleOffice({
    clientId: tokens.clientId,
    clientSecret: tokens.clientSecret,
    tokens: tokens.grant(),
    sink,
    retry,
    endpoints: { tokenUrl: tokens.tokenUrl, apiBaseUrl: google.rootUrl },
    ...overrides,
  });
}

function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: '3f2b8c1e-9d4a-4e6b-8a1f-0c2d3e4f5a6b',
    title: 'Intro call',
    description: 'Booked via link\n\nWhat is it about? Pricing',
    start: new Date('2030-03-04T09:00:00Z'),
    end: new Date('2030-03-04T09:30:00Z'),
    timeZone: 'Europe/Berlin',
    attendees: [{ email: 'ada@example.com', name: 'Ada Lovelace' }],
    withConference: false,
    ...overrides,
  };
}

describe('Google calendars', () => {
  it('lists calendars across pages with write access derived from the role', async () => {
    google.addCalendar({ id: 'owner@example.com', summary: 'Work', primary: true });
    google.addCalendar({ id: 'team@group.calendar.google.com', summary: 'Team', accessRole: 'writer' });
    google.addCalendar({ id: 'holidays', summary: 'Holidays', accessRole: 'reader' });

    const calendars = await connect().listCalendars();

    expect(calendars).toEqual([
      { id: 'owner@example.com', name: 'Work', primary: true, canWrite: true },
      { id: 'team@group.calendar.google.com', name: 'Team', primary: false, canWrite: true },
      { id: 'holidays', name: 'Holidays', primary: false, canWrite: false },
    ]);
    expect(google.service.requestsTo('calendarList.list')).toHaveLength(2);
  });

  it('returns busy blocks of several calendars in one freeBusy query, ignoring free events', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    google.addCalendar({ id: 'team' });
    google.addEvent('owner@example.com', {
      start: new Date('2030-03-04T08:00:00Z'),
      end: new Date('2030-03-04T09:00:00Z'),
    });
    google.addEvent('owner@example.com', {
      start: new Date('2030-03-04T12:00:00Z'),
      end: new Date('2030-03-04T13:00:00Z'),
      transparency: 'transparent',
    });
    google.addEvent('team', {
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
    expect(google.service.requestsTo('freebusy.query')).toHaveLength(1);
  });

  it('creates the event with our id, the attendee and the answers, without Google sending mail', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    const event = newEvent({ withConference: true });

    const created = await connect().createEvent('owner@example.com', event);

    const [stored] = google.liveEvents();
    expect(stored?.id).toBe(toGoogleEventId(event.id));
    expect(created.eventId).toBe(stored?.id);
    expect(stored?.description).toContain('What is it about? Pricing');
    expect(stored?.attendees).toEqual([
      { email: 'ada@example.com', displayName: 'Ada Lovelace', responseStatus: 'needsAction' },
    ]);
    expect(stored?.start).toEqual({ dateTime: '2030-03-04T09:00:00.000Z', timeZone: 'Europe/Berlin' });
    expect(created.conferenceUrl).toMatch(/^https:\/\/meet\.google\.com\//);
    const [insert] = google.service.requestsTo('events.insert');
    expect(insert?.query).toMatchObject({ sendUpdates: 'none', conferenceDataVersion: '1' });
  });

  it('creates exactly one event when the connection resets after Google committed the insert', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    google.service.faults.inject('events.insert', { kind: 'reset-after-commit' });

    const created = await connect().createEvent('owner@example.com', newEvent());

    expect(google.liveEvents()).toHaveLength(1);
    expect(created.eventId).toBe(google.liveEvents()[0]?.id);
    expect(google.service.requestsTo('events.insert')).toHaveLength(2);
    expect(google.service.requestsTo('events.get')).toHaveLength(1);
  });

  it('patches an event and treats deleting a deleted event as success', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    const office = connect();
    const { eventId } = await office.createEvent('owner@example.com', newEvent());

    await office.updateEvent('owner@example.com', eventId, {
      title: 'Moved call',
      start: new Date('2030-03-05T10:00:00Z'),
      end: new Date('2030-03-05T10:30:00Z'),
      timeZone: 'UTC',
    });
    expect(google.liveEvents()[0]).toMatchObject({
      summary: 'Moved call',
      start: { dateTime: '2030-03-05T10:00:00.000Z', timeZone: 'UTC' },
      description: newEvent().description,
    });

    await office.cancelEvent('owner@example.com', eventId);
    await office.cancelEvent('owner@example.com', eventId);
    await office.cancelEvent('owner@example.com', 'neverexisted123');
    expect(google.liveEvents()).toHaveLength(0);
  });

  it('rejects a request Google refuses without retrying it', async () => {
    const office = connect();
    await expect(office.createEvent('missing-calendar', newEvent())).rejects.toMatchObject({
      code: 'provider_rejected',
      status: 404,
    });
    expect(google.service.requestsTo('events.insert')).toHaveLength(1);
  });
});

describe('Google contacts', () => {
  it('warms up the search cache before the first search and merges saved and other contacts', async () => {
    google.addContact({ email: 'ada@example.com', name: 'Ada Lovelace' });
    google.addContact({ email: 'grace@example.com', name: 'Grace Hopper' });
    google.addContact({ email: 'ada@example.com', name: 'Ada L.' }, 'otherContacts');
    google.addContact({ email: 'adam@example.org' }, 'otherContacts');
    const office = connect();

    const found = await office.searchContacts('ada');

    expect(found).toEqual([
      { email: 'ada@example.com', name: 'Ada Lovelace', source: 'google' },
      { email: 'adam@example.org', name: undefined, source: 'google' },
    ]);
    const searches = google.service.requestsTo('people.searchContacts');
    expect(searches.map((request) => request.query.query)).toEqual(['', 'ada']);
    expect(searches[1]?.query.readMask).toBe('names,emailAddresses');
    expect(google.service.requestsTo('otherContacts.search').map((request) => request.query.query)).toEqual([
      '',
      'ada',
    ]);

    await office.searchContacts('grace');
    expect(google.service.requestsTo('people.searchContacts')).toHaveLength(3);
  });

  it('creates a contact once, skipping an email already in the address book', async () => {
    const office = connect();

    await office.createContact({ email: 'new.person@example.com', name: 'New Person' });
    await office.createContact({ email: 'New.Person@example.com', name: 'New Person' });

    expect(google.contacts).toHaveLength(1);
    expect(google.contacts[0]).toMatchObject({
      names: [{ unstructuredName: 'New Person' }],
      emailAddresses: [{ value: 'new.person@example.com' }],
    });
  });
});

describe('Google failures', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    google.service.faults.inject('calendarList.list', { kind: 'status', status: 429, retryAfter: '7' });
    const httpDate = new Date(Date.now() + 120_000).toUTCString();
    google.service.faults.inject('calendarList.list', { kind: 'status', status: 503, retryAfter: httpDate });

    const calendars = await connect().listCalendars();

    expect(calendars).toHaveLength(1);
    expect(retry.delays[0]).toBe(7_000);
    expect(retry.delays[1]).toBeGreaterThan(110_000);
    expect(retry.delays[1]).toBeLessThanOrEqual(120_000);
  });

  it('retries POST on 500s with growing backoff until it succeeds', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    google.service.faults.inject('events.insert', { kind: 'status', status: 500 }, 2);

    await connect().createEvent('owner@example.com', newEvent());

    expect(google.liveEvents()).toHaveLength(1);
    expect(retry.delays).toHaveLength(2);
    expect(retry.delays[0]).toBeLessThanOrEqual(100);
    expect(retry.delays[1]).toBeGreaterThanOrEqual(100);
    expect(retry.delays[1]).toBeLessThanOrEqual(200);
  });

  it('gives up as provider_unavailable after maxAttempts', async () => {
    google.service.faults.inject('freebusy.query', { kind: 'reset' }, 4);

    const failure = connect().getBusy(
      { start: new Date('2030-01-01T00:00:00Z'), end: new Date('2030-01-02T00:00:00Z') },
      ['owner@example.com'],
    );

    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(google.service.requestsTo('freebusy.query')).toHaveLength(4);
  });

  it('retries a response slower than the request timeout', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    google.service.faults.inject('calendarList.list', { kind: 'delay', ms: 1_000 });

    const calendars = await connect({ requestTimeoutMs: 200 }).listCalendars();

    expect(calendars).toHaveLength(1);
    expect(retry.delays).toHaveLength(1);
  });

  it('refreshes once on 401, reports the new tokens and completes the call', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    const office = connect();
    tokens.expireAccessTokens();

    const calendars = await office.listCalendars();

    expect(calendars).toHaveLength(1);
    expect(sink.saved).toHaveLength(1);
    expect(tokens.isValidAccessToken(`Bearer ${sink.saved[0]?.accessToken}`)).toBe(true);
    expect(sink.saved[0]?.refreshToken).toMatch(/^rt-/);
    expect(sink.reconnectReasons).toEqual([]);
  });

  it('refreshes before calling when the stored token has expired', async () => {
    google.addCalendar({ id: 'owner@example.com', primary: true });
    const office = createGoogleOffice({
      clientId: tokens.clientId,
      clientSecret: tokens.clientSecret,
      tokens: { ...tokens.grant(), expiresAt: Date.now() - 1_000 },
      sink,
      retry,
      endpoints: { tokenUrl: tokens.tokenUrl, apiBaseUrl: google.rootUrl },
    });

    await office.listCalendars();

    expect(sink.saved).toHaveLength(1);
    expect(google.service.requestsTo('calendarList.list')).toHaveLength(1);
  });

  it('asks for reconnection when a second 401 follows the refresh', async () => {
    const office = connect();
    google.service.faults.inject('calendarList.list', { kind: 'status', status: 401 }, 2);

    await expect(office.listCalendars()).rejects.toMatchObject({ code: 'needs_reconnect' });
    expect(sink.saved).toHaveLength(1);
    expect(sink.reconnectReasons).toHaveLength(1);
  });

  it('asks for reconnection when the refresh token is revoked (invalid_grant)', async () => {
    const office = connect();
    tokens.revokeRefreshTokens();

    await expect(office.listCalendars()).rejects.toMatchObject({ code: 'needs_reconnect' });
    expect(sink.saved).toEqual([]);
    expect(sink.reconnectReasons[0]).toContain('invalid_grant');
  });
});
