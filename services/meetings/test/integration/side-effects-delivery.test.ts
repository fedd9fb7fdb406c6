import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookings } from '../../src/adapters/db/schema';
import type { SideEffectState } from '../../src/ports/side-effects';
import { cancelBooking, rescheduleBooking } from '../factories/booking-changes';
import { insertBookingWithSideEffects as insertBooking } from '../factories/booking-with-side-effects';
import { connectAccount } from '../support/connect-account';
import type { ReceivedMail } from '../support/smtp-inbox';
import { type TestAppHandle, useTestApp } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';

const OWNER = 'ann@example.com';
const RECIPIENT = 'ada@example.com';
const env = { MAIL_FROM: 'bookings@bookings.test', ENCRYPTION_KEY: randomBytes(32).toString('base64url') };

async function ownerReceivingOn(t: TestAppHandle, provider: 'google' | 'microsoft') {
  const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
  if (provider === 'google') {
    t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
    await connectAccount(t.app, t.fakes, {
      ownerId: owner.id,
      provider,
      accountEmail: 'ann@gmail.example',
      busyCalendarIds: ['ann@gmail.example'],
      eventCalendarId: 'ann@gmail.example',
    });
  } else {
    t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
    await connectAccount(t.app, t.fakes, {
      ownerId: owner.id,
      provider,
      accountEmail: 'ann@contoso.example',
      busyCalendarIds: ['graph-main'],
      eventCalendarId: 'graph-main',
    });
  }
  return owner;
}

async function settled(t: TestAppHandle, bookingId: string, ownerId: string): Promise<SideEffectState[]> {
  t.app.container.sideEffects.wake();
  return waitFor(async () => {
    const { items } = await t.app.container.bookings.listBookingSideEffects(ownerId, bookingId);
    if (items.some((item) => item.status === 'pending'))
      throw new Error(`still pending: ${JSON.stringify(items)}`);
    return items;
  });
}

function calendarParts(mail: ReceivedMail) {
  return mail.parsed.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
}

/** The mail's iTIP part, read with ical.js as a calendar client would. */
function inviteOf(mail: ReceivedMail | undefined) {
  if (!mail) throw new Error('mail missing');
  const [part, ...more] = calendarParts(mail);
  if (!part || more.length > 0)
    throw new Error(`expected one calendar part, got ${more.length + (part ? 1 : 0)}`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: String(event.getFirstPropertyValue('status')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    description: String(event.getFirstPropertyValue('description')),
    url: event.getFirstPropertyValue('url'),
  };
}

function isInvitation(mail: ReceivedMail): boolean {
  return calendarParts(mail).some((part) => part.content.toString('utf8').includes('METHOD:REQUEST'));
}

describe('changes travel through the attendee’s one invitation', () => {
  const t = useTestApp({ office: true, smtp: true, startJobs: true, env });

  it('a reschedule moves the Google event once through 429, 500 and an expired token, and re-sends the REQUEST with the same UID and a higher SEQUENCE', async () => {
    const owner = await ownerReceivingOn(t, 'google');
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    await settled(t, booking.bookingId, owner.id);
    const invitation = inviteOf(t.inbox.to(RECIPIENT)[0]);
    expect(invitation).toMatchObject({ method: 'REQUEST', sequence: 0, start: '2030-03-04T09:00:00.000Z' });

    t.fakes.google.service.faults.inject('events.patch', { kind: 'status', status: 429, retryAfter: '1' });
    t.fakes.google.service.faults.inject('events.patch', { kind: 'status', status: 500 });
    t.fakes.googleTokens.expireAccessTokens();
    await rescheduleBooking(t.database.db, booking.bookingId, new Date('2030-03-04T10:15:00Z'));
    const states = await settled(t, booking.bookingId, owner.id);
    expect(states.every((s) => s.status === 'done')).toBe(true);

    expect(t.fakes.google.service.committed('events.patch')).toBe(1);
    expect(t.fakes.google.liveEvents()).toHaveLength(1);
    expect(t.fakes.google.liveEvents()[0]?.start?.dateTime).toBe('2030-03-04T10:15:00.000Z');

    const toRecipient = t.inbox.to(RECIPIENT);
    expect(toRecipient).toHaveLength(2);
    const update = inviteOf(toRecipient[1]);
    expect(update).toMatchObject({
      method: 'REQUEST',
      uid: invitation.uid,
      status: 'CONFIRMED',
      start: '2030-03-04T10:15:00.000Z',
    });
    expect(update.sequence).toBeGreaterThan(invitation.sequence);
    expect(toRecipient[1]?.parsed.subject).toMatch(/^Moved: Intro call/);

    const toOwner = t.inbox.to(OWNER);
    expect(toOwner).toHaveLength(2);
    expect(toOwner[1]?.parsed.text).toContain('has a new time');
    expect(toOwner.some(isInvitation)).toBe(false);
  });

  it('a cancellation deletes the Microsoft event once through 503, 429 and an expired token, and sends a CANCEL with the same UID, a higher SEQUENCE and STATUS:CANCELLED', async () => {
    const owner = await ownerReceivingOn(t, 'microsoft');
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    await settled(t, booking.bookingId, owner.id);
    const invitation = inviteOf(t.inbox.to(RECIPIENT)[0]);
    expect(t.fakes.graph.events.size).toBe(1);

    t.fakes.graph.service.faults.inject('events.delete', { kind: 'status', status: 503 });
    t.fakes.graph.service.faults.inject('events.delete', { kind: 'status', status: 429, retryAfter: '1' });
    t.fakes.microsoftTokens.expireAccessTokens();
    await cancelBooking(t.database.db, booking.bookingId, 'attendee', 'Something came up');
    const states = await settled(t, booking.bookingId, owner.id);
    expect(states.every((s) => s.status === 'done')).toBe(true);

    expect(t.fakes.graph.service.committed('events.delete')).toBe(1);
    expect(t.fakes.graph.events.size).toBe(0);

    const toRecipient = t.inbox.to(RECIPIENT);
    expect(toRecipient).toHaveLength(2);
    const cancel = inviteOf(toRecipient[1]);
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: invitation.uid, status: 'CANCELLED' });
    expect(cancel.sequence).toBeGreaterThan(invitation.sequence);
    expect(toRecipient[1]?.parsed.text).toContain('You cancelled your meeting');

    const toOwner = t.inbox.to(OWNER);
    expect(toOwner).toHaveLength(2);
    expect(toOwner[1]?.parsed.text).toContain('Ada Lovelace (ada@example.com) cancelled the meeting.');
    expect(toOwner[1]?.parsed.text).toContain('Reason: Something came up');
    expect(toOwner.some(isInvitation)).toBe(false);
  });

  it('through the owner’s routes: a reschedule and a cancel each reach the attendee once, on the same UID with rising SEQUENCE', async () => {
    const owner = await ownerReceivingOn(t, 'google');
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    await settled(t, booking.bookingId, owner.id);
    const invitation = inviteOf(t.inbox.to(RECIPIENT)[0]);
    const api = await t.clientFor(OWNER);
    const path = { params: { path: { id: booking.bookingId } } };

    const moved = await api.POST('/bookings/bookings/{id}:reschedule', {
      ...path,
      body: { start: '2030-03-04T13:00:00Z' },
    });
    expect(moved.response.status).toBe(200);
    await settled(t, booking.bookingId, owner.id);
    const update = inviteOf(t.inbox.to(RECIPIENT)[1]);
    expect(update).toMatchObject({
      method: 'REQUEST',
      uid: invitation.uid,
      start: '2030-03-04T13:00:00.000Z',
    });
    expect(update.sequence).toBeGreaterThan(invitation.sequence);
    expect(t.fakes.google.liveEvents()[0]?.start?.dateTime).toBe('2030-03-04T13:00:00.000Z');

    const cancelled = await api.POST('/bookings/bookings/{id}:cancel', { ...path, body: { reason: 'Ill' } });
    expect(cancelled.response.status).toBe(200);
    await settled(t, booking.bookingId, owner.id);
    const again = await api.POST('/bookings/bookings/{id}:cancel', { ...path, body: {} });
    expect(again.response.status).toBe(200);
    await settled(t, booking.bookingId, owner.id);

    const toRecipient = t.inbox.to(RECIPIENT);
    expect(toRecipient).toHaveLength(3);
    const cancel = inviteOf(toRecipient[2]);
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: invitation.uid, status: 'CANCELLED' });
    expect(cancel.sequence).toBeGreaterThan(update.sequence);
    expect(toRecipient[2]?.parsed.text).toContain('Reason: Ill');
    expect(t.fakes.google.liveEvents()).toEqual([]);
    expect(t.fakes.google.service.committed('events.delete')).toBe(1);
    expect(t.inbox.to(OWNER)).toHaveLength(3);
    expect(t.inbox.to(OWNER).some(isInvitation)).toBe(false);
  });

  it('never sends the follow-up of a cancelled meeting', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      start: new Date(Date.now() - 2 * 3600_000),
      followUp: true,
      sideEffects: ['send_confirmations', 'send_follow_up'],
    });
    await cancelBooking(t.database.db, booking.bookingId, 'owner');
    const states = await settled(t, booking.bookingId, owner.id);
    expect(states.find((s) => s.kind === 'send_follow_up')?.status).toBe('done');
    expect(t.inbox.to(RECIPIENT).map((mail) => mail.parsed.subject)).not.toContainEqual(
      expect.stringMatching(/^Thanks for meeting/),
    );
  });
});

describe('one invitation per attendee', () => {
  const t = useTestApp({ office: true, smtp: true, startJobs: true, env });

  it.each([
    ['google', /^https:\/\/meet\.google\.com\//],
    ['microsoft', /^https:\/\/teams\.microsoft\.com\//],
  ] as const)('with %s connected, the attendee gets exactly one invitation, and it carries the video call’s join URL', async (provider, joinUrl) => {
    const owner = await ownerReceivingOn(t, provider);
    const booking = await insertBooking(t.database.db, { ownerId: owner.id, videoCall: true });
    await settled(t, booking.bookingId, owner.id);

    const [row] = await t.database.db.select().from(bookings).where(eq(bookings.id, booking.bookingId));
    expect(row?.conferenceUrl).toMatch(joinUrl);
    const conferenceUrl = row?.conferenceUrl ?? '';
    if (provider === 'google') {
      const [event] = t.fakes.google.liveEvents();
      expect(event?.hangoutLink).toBe(conferenceUrl);
      // The provider invites nobody, so it cannot send a second invitation.
      expect(event?.attendees ?? []).toEqual([]);
    } else {
      const [event] = [...t.fakes.graph.events.values()];
      expect(event?.onlineMeeting?.joinUrl).toBe(conferenceUrl);
      expect(event?.attendees ?? []).toEqual([]);
    }

    const toRecipient = t.inbox.to(RECIPIENT);
    expect(toRecipient).toHaveLength(1);
    expect(toRecipient.filter(isInvitation)).toHaveLength(1);
    expect(toRecipient[0]?.parsed.text).toContain(`Join: ${conferenceUrl}`);
    const invitation = inviteOf(toRecipient[0]);
    expect(invitation.description).toContain(conferenceUrl);
    expect(String(invitation.url)).toBe(conferenceUrl);
    expect(t.inbox.to(OWNER).some(isInvitation)).toBe(false);
  });

  it('the invitation waits for the event when the provider fails at first, so the join URL still reaches the attendee', async () => {
    const owner = await ownerReceivingOn(t, 'google');
    t.fakes.google.service.faults.inject('events.insert', { kind: 'status', status: 503 }, 5);
    const booking = await insertBooking(t.database.db, { ownerId: owner.id, videoCall: true });
    const states = await settled(t, booking.bookingId, owner.id);
    expect(states.every((s) => s.status === 'done')).toBe(true);

    const [event] = t.fakes.google.liveEvents();
    expect(t.fakes.google.liveEvents()).toHaveLength(1);
    const toRecipient = t.inbox.to(RECIPIENT);
    expect(toRecipient).toHaveLength(1);
    expect(toRecipient[0]?.parsed.text).toContain(`Join: ${event?.hangoutLink}`);
  });

  it('without a connected calendar the attendee still gets one REQUEST and the owner a PUBLISH copy to keep', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    const booking = await insertBooking(t.database.db, { ownerId: owner.id });
    await settled(t, booking.bookingId, owner.id);

    expect(t.inbox.to(RECIPIENT).filter(isInvitation)).toHaveLength(1);
    const [notice] = t.inbox.to(OWNER);
    expect(notice && isInvitation(notice)).toBe(false);
    expect(inviteOf(notice)).toMatchObject({ method: 'PUBLISH', uid: `${booking.bookingId}@bookings` });
  });
});

describe('email delivery', () => {
  const t = useTestApp({ office: true, smtp: true, startJobs: true, env });

  it('gives each message a Message-ID fixed by its side-effect row and recipient', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      sideEffects: ['send_confirmations'],
    });
    await settled(t, booking.bookingId, owner.id);
    const rowId = booking.sideEffectIds.send_confirmations;
    expect(t.inbox.to(RECIPIENT)[0]?.parsed.messageId).toBe(`<${rowId}.recipient@bookings.test>`);
    expect(t.inbox.to(OWNER)[0]?.parsed.messageId).toBe(`<${rowId}.owner@bookings.test>`);
  });

  it('retries a 4xx refusal until the message is accepted', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    t.inbox.refuseNext(RECIPIENT, 1, 451);
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      sideEffects: ['send_confirmations'],
    });
    const [state] = await settled(t, booking.bookingId, owner.id);
    expect(state).toMatchObject({ status: 'done', attempts: 2 });
    expect(t.inbox.to(RECIPIENT)).toHaveLength(1);
  });

  it('gives up on a 550 at once with its reason, and the owner can retry it from the API', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    t.inbox.refuseNext(RECIPIENT, 1, 550);
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      sideEffects: ['send_confirmations'],
    });
    const [dead] = await settled(t, booking.bookingId, owner.id);
    expect(dead).toMatchObject({ kind: 'send_confirmations', status: 'dead', attempts: 1 });
    expect(dead?.lastError).toMatch(/550/);
    expect(t.inbox.to(RECIPIENT)).toHaveLength(0);

    const path = { params: { path: { id: booking.bookingId, sideEffectId: dead?.id ?? '' } } };
    const retryPath = '/bookings/bookings/{id}/side-effects/{sideEffectId}:retry' as const;
    const stranger = await t.clientFor('bob@example.com');
    const hidden = await stranger.POST(retryPath, path);
    expect(hidden.response.status).toBe(404);
    expect(hidden.response.headers.get('content-type')).toContain('application/problem+json');

    const api = await t.clientFor(OWNER);
    const unknown = await api.POST(retryPath, {
      params: { path: { id: booking.bookingId, sideEffectId: randomUUID() } },
    });
    expect(unknown.response.status).toBe(404);

    const retried = await api.POST(retryPath, path);
    expect(retried.response.status).toBe(200);
    expect(retried.data).toMatchObject({ id: dead?.id, status: 'pending', attempts: 0, lastError: null });
    const [done] = await settled(t, booking.bookingId, owner.id);
    expect(done).toMatchObject({ status: 'done', attempts: 1 });
    expect(t.inbox.to(RECIPIENT)).toHaveLength(1);
    expect(t.inbox.to(OWNER)).toHaveLength(1);

    const again = await api.POST(retryPath, path);
    expect(again.response.status).toBe(409);
    expect(again.error).toMatchObject({ code: 'side_effect_not_dead', status: 409 });
  });
});

describe('a job timeout shorter than a slow SMTP server', () => {
  const t = useTestApp({
    office: true,
    smtp: true,
    startJobs: true,
    env: { ...env, SIDE_EFFECTS_JOB_TIMEOUT_SECONDS: '2' },
  });

  it('never yields two copies of one message', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal(OWNER);
    // The server sits on the first attempt longer than the job may run (the queue then runs it again).
    const stalledConnectionClosed = t.inbox.stallNext(RECIPIENT, 4000);
    const booking = await insertBooking(t.database.db, {
      ownerId: owner.id,
      sideEffects: ['send_confirmations'],
    });
    const [state] = await settled(t, booking.bookingId, owner.id);
    expect(state).toMatchObject({ status: 'done', attempts: 2 });
    expect(state?.lastError).toBeNull();
    // Had the first attempt still been waiting, it would deliver its copy before its connection closes.
    await stalledConnectionClosed;
    expect(t.inbox.to(RECIPIENT)).toHaveLength(1);
    expect(t.inbox.to(OWNER)).toHaveLength(1);
  });
});
