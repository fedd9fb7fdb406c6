import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useOwnerSession } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { connectAccount } from '../support/connect-account';
import type { ReceivedMail } from '../support/smtp-inbox';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';

// The whole flow with a connected Google calendar and a real SMTP server, side-effect workers running.
const t = useTestApp({
  office: true,
  smtp: true,
  startJobs: true,
  env: {
    ...UNLIMITED_PUBLIC_API,
    MAIL_FROM: 'bookings@bookings.test',
    ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
  },
});
const ann = useOwnerSession(t, 'ann@example.com');
const CALENDAR = 'ann@gmail.example';
const RECIPIENT = 'rita@example.com';
const HOUR = 3_600_000;

/** Every day, all day, in UTC, quarter-hour starts: a link whose slots follow the real clock these tests run on. */
const ALWAYS_OPEN = {
  timeZone: 'UTC',
  weeklyHours: {
    mon: [{ start: '00:00', end: '24:00' }],
    tue: [{ start: '00:00', end: '24:00' }],
    wed: [{ start: '00:00', end: '24:00' }],
    thu: [{ start: '00:00', end: '24:00' }],
    fri: [{ start: '00:00', end: '24:00' }],
    sat: [{ start: '00:00', end: '24:00' }],
    sun: [{ start: '00:00', end: '24:00' }],
  },
  slotStepMinutes: 15,
  durations: [30],
  defaultDuration: 30,
};

async function connectGoogle() {
  t.fakes.google.addCalendar({ id: CALENDAR, primary: true });
  await connectAccount(t.app, t.fakes, {
    ownerId: ann.id,
    provider: 'google',
    accountEmail: CALENDAR,
    busyCalendarIds: [CALENDAR],
    eventCalendarId: CALENDAR,
  });
}

async function settled(bookingId: string) {
  return waitFor(async () => {
    const { data } = await ann.api.GET('/bookings/bookings/{id}', { params: { path: { id: bookingId } } });
    const pending = (data?.sideEffects ?? []).filter((effect) => effect.status === 'pending');
    if (!data || pending.length > 0) throw new Error(`still pending: ${JSON.stringify(pending)}`);
    return data;
  });
}

function inviteOf(mail: ReceivedMail) {
  const ics = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error('no invite attached');
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  };
}

describe('a booking with a connected calendar, moved and then cancelled by its attendee', () => {
  it('the event follows each change once, the emails carry the manage link, the UID and a higher SEQUENCE', async () => {
    await connectGoogle();
    const { token } = await createPublicLink(ann, { settings: ALWAYS_OPEN });
    // Three days ahead on a whole hour: far outside the day it takes to become too late to change.
    const start = new Date(Math.ceil((Date.now() + 3 * 24 * HOUR) / HOUR) * HOUR);
    const { data: booked } = await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: bookingBody(start.toISOString(), { email: RECIPIENT }),
    });
    if (!booked) throw new Error('booking failed');
    const id = booked.booking.id;
    const manageToken = booked.manageUrl.split('/public/bookings/manage/')[1] ?? '';
    await settled(id);
    expect(t.fakes.google.liveEvents()).toHaveLength(1);
    const [confirmation] = t.inbox.to(RECIPIENT);
    expect(confirmation?.parsed.text).toContain(booked.manageUrl);

    // 15 minutes later: over its own old time, which the calendar reports busy because of its own event.
    const later = new Date(start.getTime() + 15 * 60_000).toISOString();
    const moved = await t.anonymous.POST('/bookings/public/manage/{token}:reschedule', {
      params: { path: { token: manageToken } },
      body: { start: later, duration: 30 },
    });
    expect(moved.response.status).toBe(200);
    await settled(id);
    const events = t.fakes.google.liveEvents();
    expect(events).toHaveLength(1);
    expect(new Date(events[0]?.start.dateTime ?? '').toISOString()).toBe(later);

    const cancelled = await t.anonymous.POST('/bookings/public/manage/{token}:cancel', {
      params: { path: { token: manageToken } },
      body: { reason: 'Cannot make it after all' },
    });
    expect(cancelled.response.status).toBe(200);
    const detail = await settled(id);
    expect(t.fakes.google.liveEvents()).toEqual([]);
    expect(detail.sideEffects.map((effect) => [effect.kind, effect.revision, effect.status])).toEqual(
      expect.arrayContaining([
        ['update_event', 1, 'done'],
        ['send_change_notices', 1, 'done'],
        ['cancel_event', 2, 'done'],
        ['send_change_notices', 2, 'done'],
      ]),
    );

    // Confirmation, update and cancellation: one each, same UID, SEQUENCE 0, 1, 2.
    const invites = t.inbox.to(RECIPIENT).map(inviteOf);
    expect(invites.map((invite) => [invite.method, invite.sequence])).toEqual([
      ['REQUEST', 0],
      ['REQUEST', 1],
      ['CANCEL', 2],
    ]);
    expect(new Set(invites.map((invite) => invite.uid)).size).toBe(1);
    expect(invites[1]?.start).toBe(later);
    const toOwner = t.inbox.to('ann@example.com');
    // The owner hears of each change too (the wording of a change's mail is the email package's).
    expect(toOwner).toHaveLength(3);
    expect(toOwner[2]?.parsed.subject).toMatch(/^Cancelled: /);
    expect(toOwner[0]?.parsed.text).toContain(`/bookings/meetings/${id}`);
  });
});
