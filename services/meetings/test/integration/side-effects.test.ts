import { randomBytes } from 'node:crypto';
import { toGoogleEventId } from '@bookings/office';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookings, calendarConnections } from '../../src/adapters/db/schema';
import type { SideEffectState } from '../../src/ports/side-effects';
import { insertBookingWithSideEffects as insertBooking } from '../factories/booking-with-side-effects';
import { connectAccount } from '../support/connect-account';
import type { TestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';

// Every instance of one deployment shares the key that seals calendar tokens.
const t = useTestApp({
  office: true,
  smtp: true,
  startJobs: true,
  env: { MAIL_FROM: 'bookings@bookings.test', ENCRYPTION_KEY: randomBytes(32).toString('base64url') },
});

const OWNER = 'ann@example.com';
const RECIPIENT = 'ada@example.com';

async function ownerReceivingOn(provider: 'google' | 'microsoft', app: TestApp = t) {
  const owner = await app.app.container.repositories.owners.ensureLocal(OWNER);
  if (provider === 'google') {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    await connectAccount(app.app, t.fakes, {
      ownerId: owner.id,
      provider,
      accountEmail: 'ann@gmail.example',
      busyCalendarIds: ['ann@gmail.example'],
      eventCalendarId: 'ann@gmail.example',
    });
  } else {
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    await connectAccount(app.app, t.fakes, {
      ownerId: owner.id,
      provider,
      accountEmail: 'ann@contoso.example',
      busyCalendarIds: ['graph-main'],
      eventCalendarId: 'graph-main',
    });
  }
  return owner;
}

async function settled(bookingId: string, ownerId: string, app: TestApp = t): Promise<SideEffectState[]> {
  return waitFor(async () => {
    const { items } = await app.app.container.bookings.listBookingSideEffects(ownerId, bookingId);
    if (items.some((item) => item.status === 'pending'))
      throw new Error(`still pending: ${JSON.stringify(items)}`);
    return items;
  });
}

function inviteOf(mail: {
  raw: Buffer;
  parsed: { attachments: { contentType: string; content: Buffer }[] };
}) {
  expect(mail.raw.toString()).toMatch(/Content-Type: text\/calendar;[^\r\n]*method=REQUEST/i);
  const ics = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error('no invite attached');
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event };
}

describe('side effects of a booking', () => {
  it('creates one event with the answers and no attendee, invites the attendee by email only, adds the contact', async () => {
    const owner = await ownerReceivingOn('google');
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    t.app.container.sideEffects.wake();
    const states = await settled(booking.bookingId, owner.id);
    expect(states.map((s) => [s.kind, s.status])).toEqual(
      expect.arrayContaining([
        ['create_event', 'done'],
        ['send_confirmations', 'done'],
        ['create_contact', 'done'],
      ]),
    );

    const events = t.fakes.google.liveEvents();
    expect(events).toHaveLength(1);
    // Our ICS is the attendee's one invitation (ADR 007): the provider event invites nobody.
    expect(events[0]?.attendees ?? []).toEqual([]);
    expect(events[0]?.description).toContain('Booked by Ada Lovelace <ada@example.com>');
    expect(events[0]?.description).toContain('What is it about?: Pricing for 40 seats');
    expect(events[0]?.description).toContain('Team size: 11+');
    const [row] = await t.database.db.select().from(bookings).where(eq(bookings.id, booking.bookingId));
    expect(row?.calendarEventId).toBe(events[0]?.id);
    // The whole request, so a field sent wrong (an end at the start, a stray attendee) fails here too.
    const inserts = t.fakes.google.service.requestsTo('events.insert');
    expect(inserts.map((request) => [request.query, request.body])).toEqual([
      [
        { conferenceDataVersion: '0', sendUpdates: 'none' },
        {
          id: toGoogleEventId(booking.bookingId),
          summary: 'Intro call: Ada Lovelace',
          description:
            'Booked by Ada Lovelace <ada@example.com>\n\nWhat is it about?: Pricing for 40 seats\nTeam size: 11+\n\nA first conversation.',
          start: { dateTime: '2030-03-04T09:00:00.000Z', timeZone: 'Europe/Berlin' },
          end: { dateTime: '2030-03-04T09:30:00.000Z', timeZone: 'Europe/Berlin' },
          attendees: [],
        },
      ],
    ]);

    const toRecipient = t.inbox.to(RECIPIENT);
    const toOwner = t.inbox.to(OWNER);
    expect(toRecipient).toHaveLength(1);
    expect(toOwner).toHaveLength(1);
    expect(toRecipient[0]?.parsed.subject).toBe(
      'Confirmed: Intro call with Ann Owner'.replace('Ann Owner', owner.name),
    );
    expect(toRecipient[0]?.parsed.text).toContain('Pricing for 40 seats');
    // The owner organises: a notice, never a REQUEST, and no calendar copy since their calendar has the event.
    expect(toOwner[0]?.parsed.attachments.filter((a) => a.contentType.startsWith('text/calendar'))).toEqual(
      [],
    );
    for (const mail of [toRecipient[0]]) {
      if (!mail) throw new Error('mail missing');
      const { calendar, event } = inviteOf(mail);
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(event.getFirstPropertyValue('uid')).toBe(`${booking.bookingId}@bookings`);
      expect(event.getFirstPropertyValue('sequence')).toBe(0);
      expect(String(event.getFirstPropertyValue('organizer'))).toBe(`mailto:${OWNER}`);
      const attendee = event.getFirstProperty('attendee');
      expect(String(attendee?.getFirstValue())).toBe(`mailto:${RECIPIENT}`);
      expect(attendee?.getParameter('rsvp')).toBe('TRUE');
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.zone?.tzid).toBe('UTC');
      expect(start.toJSDate().toISOString()).toBe('2030-03-04T09:00:00.000Z');
    }

    expect(t.fakes.google.contacts.map((c) => c.emailAddresses?.[0]?.value)).toEqual([RECIPIENT]);
  });

  it('still ends with exactly one event, both mails and the contact under 429, 500, 401 and resets (Microsoft)', async () => {
    const owner = await ownerReceivingOn('microsoft');
    const faults = t.fakes.graph.service.faults;
    faults.inject('events.create', { kind: 'status', status: 429, retryAfter: '1' });
    faults.inject('events.create', { kind: 'status', status: 500 });
    faults.inject('events.create', { kind: 'reset-after-commit' });
    faults.inject('contacts.list', { kind: 'reset' });
    faults.inject('contacts.create', { kind: 'status', status: 503 });
    t.fakes.microsoftTokens.expireAccessTokens();
    t.inbox.refuseNext(OWNER);
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    t.app.container.sideEffects.wake();
    const states = await settled(booking.bookingId, owner.id);
    expect(states.every((s) => s.status === 'done')).toBe(true);

    const events = [...t.fakes.graph.events.values()];
    expect(events).toHaveLength(1);
    expect(events[0]?.transactionId).toBe(booking.bookingId);
    expect(events[0]?.attendees ?? []).toEqual([]);
    expect(events[0]?.body?.content).toContain('Pricing for 40 seats');
    expect(t.fakes.microsoftTokens.refreshCount).toBeGreaterThanOrEqual(1);
    expect(t.inbox.to(RECIPIENT)).toHaveLength(1);
    expect(t.inbox.to(OWNER)).toHaveLength(1);
    expect(t.fakes.graph.contacts.map((c) => c.emailAddresses[0]?.address)).toEqual([RECIPIENT]);
    const confirmations = states.find((s) => s.kind === 'send_confirmations');
    expect(confirmations?.attempts).toBe(2);
  });

  it('adds a video call to the event when the link asks for one', async () => {
    const owner = await ownerReceivingOn('google');
    const plain = await insertBooking(t.database.db, { ownerId: owner.id });
    const withCall = await insertBooking(t.database.db, {
      ownerId: owner.id,
      videoCall: true,
      start: new Date('2030-03-05T09:00:00Z'),
    });
    t.app.container.sideEffects.wake();
    await settled(plain.bookingId, owner.id);
    await settled(withCall.bookingId, owner.id);
    const byStart = new Map(t.fakes.google.liveEvents().map((event) => [event.start?.dateTime, event]));
    expect(byStart.get('2030-03-04T09:00:00.000Z')?.hangoutLink).toBeUndefined();
    expect(byStart.get('2030-03-05T09:00:00.000Z')?.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('makes one Google event when the insert committed but its answer was lost', async () => {
    const owner = await ownerReceivingOn('google');
    t.fakes.google.service.faults.inject('events.insert', { kind: 'reset-after-commit' });
    t.fakes.google.service.faults.inject('events.insert', { kind: 'status', status: 500 });
    const booking = await insertBooking(t.database.db, { ownerId: owner.id, sideEffects: ['create_event'] });
    t.app.container.sideEffects.wake();
    await settled(booking.bookingId, owner.id);
    expect(t.fakes.google.liveEvents()).toHaveLength(1);
  });

  it('does not add a recipient who is already a contact', async () => {
    const owner = await ownerReceivingOn('google');
    t.fakes.google.addContact({ email: RECIPIENT, name: 'Ada' });
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      sideEffects: ['create_contact'],
    });
    t.app.container.sideEffects.wake();
    await settled(booking.bookingId, owner.id);
    expect(t.fakes.google.contacts).toHaveLength(1);
    expect(t.fakes.google.service.requestsTo('people.createContact')).toHaveLength(0);
  });

  it('marks the connection needs_reconnect on invalid_grant and shows the owner a dead event', async () => {
    const owner = await ownerReceivingOn('google');
    t.fakes.googleTokens.revokeRefreshTokens();
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    t.app.container.sideEffects.wake();
    const states = await settled(booking.bookingId, owner.id);
    const event = states.find((s) => s.kind === 'create_event');
    expect(event).toMatchObject({ status: 'dead', attempts: 3 });
    expect(event?.lastError).toMatch(/needs_reconnect/);
    expect(states.find((s) => s.kind === 'send_confirmations')?.status).toBe('done');
    const [connection] = await t.database.db.select().from(calendarConnections);
    expect(connection?.status).toBe('needs_reconnect');

    const path = { params: { path: { id: booking.bookingId } } };
    const api = await t.clientFor(OWNER);
    const { data } = await api.GET('/bookings/bookings/{id}/side-effects', path);
    expect(data?.items).toContainEqual(
      expect.objectContaining({ kind: 'create_event', status: 'dead', attempts: 3 }),
    );
    const stranger = await t.clientFor('bob@example.com');
    const hidden = await stranger.GET('/bookings/bookings/{id}/side-effects', path);
    expect(hidden.response.status).toBe(404);
  });

  it('sends the follow-up after the meeting only when the template enables it', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    const past = new Date(Date.now() - 2 * 3600_000);
    const enabled = await insertBooking(t.database.db, {
      ownerId: owner.id,
      start: past,
      followUp: true,
      recipient: { email: 'enabled@example.com' },
      sideEffects: ['send_follow_up'],
    });
    const disabled = await insertBooking(t.database.db, {
      ownerId: owner.id,
      start: new Date(past.getTime() - 3600_000),
      followUp: false,
      recipient: { email: 'disabled@example.com' },
      sideEffects: ['send_follow_up'],
    });
    t.app.container.sideEffects.wake();
    await settled(enabled.bookingId, owner.id);
    await settled(disabled.bookingId, owner.id);
    expect(t.inbox.to('enabled@example.com').map((m) => m.parsed.subject)).toEqual([
      `Thanks for meeting ${owner.name}`,
    ]);
    expect(t.inbox.to('disabled@example.com')).toEqual([]);
  });

  it('waits for the meeting to end before the follow-up', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      start: new Date(Date.now() + 3600_000),
      followUp: true,
      sideEffects: ['send_follow_up'],
    });
    await t.app.container.sideEffects.relay();
    // A poll cycle of every queue runs now and finds nothing due.
    expect(await t.app.container.jobs.pollOnce()).toBe(0);
    const { items } = await t.app.container.bookings.listBookingSideEffects(owner.id, booking.bookingId);
    expect(items).toEqual([
      {
        id: booking.sideEffectIds.send_follow_up,
        kind: 'send_follow_up',
        revision: 0,
        status: 'pending',
        attempts: 0,
        lastError: null,
      },
    ]);
    expect(t.inbox.received).toEqual([]);
  });
});

describe('after a crash', () => {
  it('a new instance runs what the crashed one left pending, once', async () => {
    // The running instance "dies" right after the booking commit: its queue stops before any wake-up.
    await t.app.container.jobs.stop();
    try {
      const owner = await ownerReceivingOn('google');
      const booking = await insertBooking(t.database.db, { ownerId: owner.id });

      const restarted = await t.startApp();
      await restarted.app.container.jobs.start();
      try {
        await settled(booking.bookingId, owner.id, restarted);
      } finally {
        await restarted.close();
      }
      const again = await t.startApp();
      try {
        await again.app.container.jobs.start();
        expect(await again.app.container.sideEffects.relay()).toBe(0);
        // One poll cycle of every queue: nothing left to run.
        expect(await again.app.container.jobs.pollOnce()).toBe(0);
      } finally {
        await again.close();
      }
      expect(t.fakes.google.liveEvents()).toHaveLength(1);
      expect(t.inbox.to(RECIPIENT)).toHaveLength(1);
      expect(t.inbox.to(OWNER)).toHaveLength(1);
      expect(t.fakes.google.contacts).toHaveLength(1);
    } finally {
      await t.app.container.jobs.start();
    }
  });
});
