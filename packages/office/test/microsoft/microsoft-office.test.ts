import { describe, expect, it } from 'vitest';
import type { OfficePort } from '../../src/index';
import { createMicrosoftOffice } from '../../src/index';
import { GraphFake } from '../fakes/index';
import { newEvent } from '../support/new-event';
import { useProviderFake } from '../support/use-provider-fake';

const t = useProviderFake((tokens) => GraphFake.start(tokens), { rotateRefreshTokens: true });

function connect(): OfficePort {
  return createMicrosoftOffice({
    clientId: t.tokens.clientId,
    clientSecret: t.tokens.clientSecret,
    tokens: t.tokens.grant(),
    sink: t.sink,
    retry: t.retry,
    endpoints: { tokenUrl: t.tokens.tokenUrl, apiBaseUrl: t.fake.apiBaseUrl },
  });
}

const day = { start: new Date('2030-03-04T00:00:00Z'), end: new Date('2030-03-05T00:00:00Z') };

describe('Microsoft calendars', () => {
  it('lists calendars across @odata.nextLink pages, sending the token to the HTTPS custom host', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    t.fake.addCalendar({ id: 'cal-2', name: 'Team', canEdit: true });
    t.fake.addCalendar({ id: 'cal-3', name: 'Birthdays', canEdit: false });

    const calendars = await connect().listCalendars();

    expect(calendars).toEqual([
      { id: 'cal-1', name: 'Calendar', primary: true, canWrite: true },
      { id: 'cal-2', name: 'Team', primary: false, canWrite: true },
      { id: 'cal-3', name: 'Birthdays', primary: false, canWrite: false },
    ]);
    const requests = t.fake.service.requestsTo('calendars.list');
    expect(requests).toHaveLength(2);
    expect(requests[0]?.headers.authorization).toMatch(/^Bearer at-/);
  });

  it('reads busy time of several calendars over pages in UTC, skipping free and cancelled events', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    const team = t.fake.addCalendar({ name: 'Team' });
    t.fake.addEvent(work.id, {
      start: new Date('2030-03-04T08:00:00Z'),
      end: new Date('2030-03-04T09:00:00Z'),
    });
    t.fake.addEvent(work.id, {
      start: new Date('2030-03-04T10:00:00Z'),
      end: new Date('2030-03-04T10:30:00Z'),
      showAs: 'free',
    });
    t.fake.addEvent(work.id, {
      start: new Date('2030-03-04T11:00:00Z'),
      end: new Date('2030-03-04T11:30:00Z'),
      isCancelled: true,
    });
    t.fake.addEvent(work.id, {
      start: new Date('2030-03-04T13:00:00Z'),
      end: new Date('2030-03-04T14:00:00Z'),
      showAs: 'oof',
    });
    t.fake.addEvent(team.id, {
      start: new Date('2030-03-04T15:00:00Z'),
      end: new Date('2030-03-04T16:00:00Z'),
    });

    const busy = await connect().getBusy(day, [work.id, team.id]);

    expect(busy).toEqual([
      { calendarId: work.id, start: new Date('2030-03-04T08:00:00Z'), end: new Date('2030-03-04T09:00:00Z') },
      { calendarId: work.id, start: new Date('2030-03-04T13:00:00Z'), end: new Date('2030-03-04T14:00:00Z') },
      { calendarId: team.id, start: new Date('2030-03-04T15:00:00Z'), end: new Date('2030-03-04T16:00:00Z') },
    ]);
    const views = t.fake.service.requestsTo('calendarView');
    expect(views.length).toBeGreaterThanOrEqual(3);
    expect(views.every((request) => request.headers.prefer === 'outlook.timezone="UTC"')).toBe(true);
  });

  it('reads times in a Windows zone when Graph ignores the Prefer header', async () => {
    t.fake.honoursPreferTimeZone = false;
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    // 31 March 2030: Berlin switches to summer time at 01:00 UTC.
    t.fake.addEvent(work.id, {
      start: new Date('2030-03-30T23:30:00Z'),
      end: new Date('2030-03-31T01:30:00Z'),
    });

    const busy = await connect().getBusy(
      { start: new Date('2030-03-30T00:00:00Z'), end: new Date('2030-04-01T00:00:00Z') },
      [work.id],
    );

    expect(busy).toEqual([
      { calendarId: work.id, start: new Date('2030-03-30T23:30:00Z'), end: new Date('2030-03-31T01:30:00Z') },
    ]);
  });

  it('creates the event with the attendee, the answers, Teams and our transactionId', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });

    const created = await connect().createEvent(work.id, newEvent({ withConference: true }));

    const [stored] = [...t.fake.events.values()];
    expect(created.eventId).toBe(stored?.id);
    expect(stored).toMatchObject({
      calendarId: work.id,
      transactionId: newEvent().id,
      subject: 'Intro call',
      body: { contentType: 'text', content: 'Booked via link\n\nWhat is it about? Pricing' },
      start: new Date('2030-03-04T09:00:00Z'),
      end: new Date('2030-03-04T09:30:00Z'),
      attendees: [{ emailAddress: { address: 'ada@example.com', name: 'Ada Lovelace' }, type: 'required' }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });
    expect(created.conferenceUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(t.fake.service.requestsTo('events.create').map((request) => request.body)).toEqual([
      {
        subject: 'Intro call',
        body: { contentType: 'text', content: 'Booked via link\n\nWhat is it about? Pricing' },
        start: { dateTime: '2030-03-04T09:00:00.000', timeZone: 'UTC' },
        end: { dateTime: '2030-03-04T09:30:00.000', timeZone: 'UTC' },
        attendees: [{ emailAddress: { address: 'ada@example.com', name: 'Ada Lovelace' }, type: 'required' }],
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        transactionId: newEvent().id,
      },
    ]);
  });

  it('gets Graph’s 400 for an event that ends when it starts, and does not retry it', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    const start = new Date('2030-03-04T09:00:00Z');

    await expect(connect().createEvent(work.id, newEvent({ start, end: start }))).rejects.toMatchObject({
      code: 'provider_rejected',
      status: 400,
    });

    expect(t.fake.events.size).toBe(0);
    expect(t.fake.service.requestsTo('events.create')).toHaveLength(1);
  });

  it('creates exactly one event when the connection resets after Graph committed it', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    t.fake.service.faults.inject('events.create', { kind: 'reset-after-commit' });

    const created = await connect().createEvent('primary', newEvent());

    expect(t.fake.events.size).toBe(1);
    expect(created.eventId).toBe([...t.fake.events.keys()][0]);
    expect(t.fake.service.requestsTo('events.create')).toHaveLength(2);
  });

  it('patches an event and treats cancelling a gone event as success', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    const office = connect();
    const { eventId } = await office.createEvent(work.id, newEvent());

    await office.updateEvent(work.id, eventId, {
      title: 'Moved call',
      start: new Date('2030-03-05T10:00:00Z'),
      end: new Date('2030-03-05T10:30:00Z'),
    });
    expect(t.fake.events.get(eventId)).toMatchObject({
      subject: 'Moved call',
      start: new Date('2030-03-05T10:00:00Z'),
    });
    expect(t.fake.service.requestsTo('events.update').map((request) => request.body)).toEqual([
      {
        subject: 'Moved call',
        start: { dateTime: '2030-03-05T10:00:00.000', timeZone: 'UTC' },
        end: { dateTime: '2030-03-05T10:30:00.000', timeZone: 'UTC' },
      },
    ]);

    await office.cancelEvent(work.id, eventId);
    await office.cancelEvent(work.id, eventId);
    expect(t.fake.events.size).toBe(0);
    expect(t.fake.service.requestsTo('events.delete')).toHaveLength(2);
  });
});

describe('Microsoft event changes under faults', () => {
  it('moves the event exactly once through 429, 500 and an expired token', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    const office = connect();
    const { eventId } = await office.createEvent(work.id, newEvent());
    t.fake.service.faults.inject('events.update', { kind: 'status', status: 429, retryAfter: '1' });
    t.fake.service.faults.inject('events.update', { kind: 'status', status: 500 });
    t.tokens.expireAccessTokens();

    await office.updateEvent(work.id, eventId, {
      start: new Date('2030-03-05T10:00:00Z'),
      end: new Date('2030-03-05T10:30:00Z'),
    });

    expect(t.fake.service.committed('events.update')).toBe(1);
    expect(t.fake.events.get(eventId)?.start).toEqual(new Date('2030-03-05T10:00:00Z'));
  });

  it('deletes the event exactly once through 503, 429 and an expired token', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    const office = connect();
    const { eventId } = await office.createEvent(work.id, newEvent());
    t.fake.service.faults.inject('events.delete', { kind: 'status', status: 503 });
    t.fake.service.faults.inject('events.delete', { kind: 'status', status: 429 });
    t.tokens.expireAccessTokens();

    await office.cancelEvent(work.id, eventId);

    expect(t.fake.service.committed('events.delete')).toBe(1);
    expect(t.fake.events.size).toBe(0);
  });
});

describe('Microsoft account', () => {
  it('reads the address on /me and the calendars, through the retry layer', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    t.fake.account = { mail: 'Ann@Contoso.example', userPrincipalName: 'ann@contoso.onmicrosoft.com' };
    t.fake.service.faults.inject('me.get', { kind: 'status', status: 503 });

    const account = await connect().describeAccount();

    expect(account).toEqual({
      email: 'ann@contoso.example',
      calendars: [{ id: 'cal-1', name: 'Calendar', primary: true, canWrite: true }],
    });
    const [me] = t.fake.service.requestsTo('me.get');
    expect(me?.query.$select).toBe('mail,userPrincipalName');
    expect(t.retry.delays).toHaveLength(1);
  });

  it('falls back to the sign-in name when the account has no mailbox address', async () => {
    t.fake.account = { mail: null, userPrincipalName: 'Bob@Contoso.onmicrosoft.com' };

    expect((await connect().describeAccount()).email).toBe('bob@contoso.onmicrosoft.com');
  });

  it('refreshes once when /me refuses the token', async () => {
    t.fake.service.faults.inject('me.get', { kind: 'status', status: 401 });

    expect((await connect().describeAccount()).email).toBe('ann@contoso.example');
    expect(t.sink.saved).toHaveLength(1);
  });
});

describe('Microsoft contacts', () => {
  it('searches by name or address with an encoded $filter', async () => {
    t.fake.addContact({ email: 'sean.obrien@example.com', name: "Seán O'Brien & Co" });
    t.fake.addContact({ email: 'ada@example.com', name: 'Ada Lovelace' });
    const office = connect();

    expect(await office.searchContacts("Seán O'Brien & Co")).toEqual([
      { email: 'sean.obrien@example.com', name: "Seán O'Brien & Co", source: 'microsoft' },
    ]);
    expect(await office.searchContacts('ada@')).toEqual([
      { email: 'ada@example.com', name: 'Ada Lovelace', source: 'microsoft' },
    ]);
    expect(t.fake.service.requestsTo('contacts.list')[0]?.query.$filter).toBe(
      "startswith(displayName,'Seán O''Brien & Co') or emailAddresses/any(a:startswith(a/address,'Seán O''Brien & Co'))",
    );
  });

  it('creates a contact once', async () => {
    const office = connect();

    await office.createContact({ email: 'new.person@example.com', name: 'New Person' });
    await office.createContact({ email: 'new.person@example.com', name: 'New Person' });

    expect(t.fake.contacts).toEqual([
      expect.objectContaining({
        displayName: 'New Person',
        emailAddresses: [{ address: 'new.person@example.com', name: 'New Person' }],
      }),
    ]);
    expect(t.fake.service.requestsTo('contacts.create').map((request) => request.body)).toEqual([
      {
        displayName: 'New Person',
        emailAddresses: [{ address: 'new.person@example.com', name: 'New Person' }],
      },
    ]);
  });
});

describe('Microsoft failures', () => {
  it('honours Retry-After on 429 and retries 503', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    t.fake.service.faults.inject('calendars.list', { kind: 'status', status: 429, retryAfter: '3' });
    t.fake.service.faults.inject('calendars.list', { kind: 'status', status: 503 });

    expect(await connect().listCalendars()).toHaveLength(1);
    expect(t.retry.delays[0]).toBe(3_000);
    expect(t.retry.delays).toHaveLength(2);
  });

  it('retries POST on 500s and connection resets, then gives up as provider_unavailable', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    t.fake.service.faults.inject('events.create', { kind: 'status', status: 500 });
    t.fake.service.faults.inject('events.create', { kind: 'reset' });
    await connect().createEvent('cal-1', newEvent());
    expect(t.fake.events.size).toBe(1);

    t.fake.service.faults.inject('events.create', { kind: 'status', status: 500 }, 4);
    await expect(
      connect().createEvent('cal-1', newEvent({ id: 'b5e2d0f4-1111-4222-8333-944455556666' })),
    ).rejects.toMatchObject({
      code: 'provider_unavailable',
      status: 500,
    });
  });

  it('rejects an unknown calendar (404) without retrying', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    await expect(connect().getBusy(day, ['no-such-calendar'])).rejects.toMatchObject({
      code: 'provider_rejected',
      status: 404,
    });
    expect(t.retry.delays).toEqual([]);
  });

  it('retries a token endpoint that is briefly unavailable during a refresh, with one policy', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    const office = connect();
    t.tokens.expireAccessTokens();
    t.tokens.service.faults.inject('token', { kind: 'status', status: 503 });
    const tokenRequestsBefore = t.tokens.service.requestsTo('token').length;

    expect(await office.listCalendars()).toHaveLength(1);
    expect(t.tokens.service.requestsTo('token').length - tokenRequestsBefore).toBe(2);
    expect(t.retry.delays).toHaveLength(1);
    expect(t.sink.saved).toHaveLength(1);
  });

  it('refreshes once on 401, saves the rotated tokens and completes the call', async () => {
    t.fake.addCalendar({ id: 'cal-1', name: 'Calendar', isDefaultCalendar: true });
    const office = connect();
    t.tokens.expireAccessTokens();

    expect(await office.listCalendars()).toHaveLength(1);
    expect(t.sink.saved).toHaveLength(1);
    expect(t.tokens.isValidAccessToken(`Bearer ${t.sink.saved[0]?.accessToken}`)).toBe(true);
    expect(t.sink.saved[0]?.refreshToken).toMatch(/^rt-/);

    t.tokens.expireAccessTokens();
    expect(await office.listCalendars()).toHaveLength(1);
    expect(t.sink.saved).toHaveLength(2);
    expect(t.sink.saved[1]?.refreshToken).not.toBe(t.sink.saved[0]?.refreshToken);
  });

  it('asks for reconnection on invalid_grant', async () => {
    const office = connect();
    t.tokens.revokeRefreshTokens();

    await expect(office.searchContacts('ada')).rejects.toMatchObject({ code: 'needs_reconnect' });
    expect(t.sink.reconnectReasons).toHaveLength(1);
  });

  it('asks for reconnection when the refreshed token is refused too', async () => {
    const office = connect();
    t.fake.service.faults.inject('contacts.list', { kind: 'status', status: 401 }, 2);

    await expect(office.searchContacts('ada')).rejects.toMatchObject({ code: 'needs_reconnect' });
    expect(t.sink.saved).toHaveLength(1);
    expect(t.sink.reconnectReasons).toHaveLength(1);
  });
});

describe('Graph fake, as strict as Graph', () => {
  async function send(method: string, path: string, body: unknown) {
    const response = await fetch(`${t.fake.apiBaseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${t.tokens.grant().accessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  const at = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });

  it('answers an event that does not end after its start with Graph’s validation error', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });
    const { id } = t.fake.addEvent(work.id, {
      start: new Date('2030-03-04T09:00:00Z'),
      end: new Date('2030-03-04T09:30:00Z'),
    });

    const answers = [
      await send('POST', `/me/calendars/${work.id}/events`, {
        subject: 'x',
        start: at('2030-03-04T09:00:00'),
        end: at('2030-03-04T09:00:00'),
      }),
      await send('PATCH', `/me/events/${id}`, { end: at('2030-03-04T08:00:00') }),
    ];

    const refused = {
      status: 400,
      body: {
        error: {
          code: 'ErrorPropertyValidationFailure',
          message: 'At least one property failed validation.',
          innerError: expect.any(Object),
        },
      },
    };
    expect(answers).toEqual([refused, refused]);
    expect([...t.fake.events.values()].map((event) => event.end)).toEqual([new Date('2030-03-04T09:30:00Z')]);
  });

  it('refuses a property the type does not define, naming it', async () => {
    const work = t.fake.addCalendar({ name: 'Calendar', isDefaultCalendar: true });

    const answer = await send('POST', `/me/calendars/${work.id}/events`, {
      subject: 'x',
      start: at('2030-03-04T09:00:00'),
      end: at('2030-03-04T09:30:00'),
      organiser: { emailAddress: { address: 'ann@contoso.example' } },
    });

    expect(answer).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'RequestBodyRead',
          message: expect.stringContaining(
            "The property 'organiser' does not exist on type 'microsoft.graph.event'",
          ),
        },
      },
    });
    expect(t.fake.events.size).toBe(0);
  });
});
