import { describe, expect, it } from 'vitest';
import { signInOwner } from '../factories/owner-session';
import { BERLIN_LINK_SETTINGS, bookingBody, tokenOf } from '../factories/public-links';
import { connectAccount } from '../support/connect-account';
import { useTestApp } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';

const t = useTestApp({
  office: true,
  smtp: true,
  startJobs: true,
  env: { BOT_PROTECTION: 'false', RATE_LIMIT_BOOK_PER_MINUTE: '1000', CALENDAR_BUSY_CACHE_SECONDS: '0' },
});

const ALL_DAY = [{ start: '00:00', end: '24:00' }];
const everyDay = {
  mon: ALL_DAY,
  tue: ALL_DAY,
  wed: ALL_DAY,
  thu: ALL_DAY,
  fri: ALL_DAY,
  sat: ALL_DAY,
  sun: ALL_DAY,
};
/** Tomorrow at this UTC hour: inside the link's window whatever day the test runs. */
const tomorrowAt = (hour: number) => {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCHours(hour, 0, 0, 0);
  return day;
};

async function ownerWithCalendars() {
  const ann = await signInOwner(t, 'ann@example.com');
  t.fakes.google.addCalendar({ id: 'ann@gmail.example', primary: true });
  t.fakes.graph.addCalendar({ id: 'graph-main', name: 'Calendar', isDefaultCalendar: true });
  t.fakes.graph.addEvent('graph-main', { start: tomorrowAt(12), end: tomorrowAt(13), subject: 'Dentist' });
  await connectAccount(t.app, t.fakes, {
    ownerId: ann.id,
    provider: 'google',
    accountEmail: 'ann@gmail.example',
    busyCalendarIds: ['ann@gmail.example'],
    eventCalendarId: 'ann@gmail.example',
  });
  await connectAccount(t.app, t.fakes, {
    ownerId: ann.id,
    provider: 'microsoft',
    accountEmail: 'ann@contoso.example',
    busyCalendarIds: ['graph-main'],
  });
  const { data: template } = await ann.api.POST('/bookings/templates', {
    body: {
      name: 'Intro',
      questions: [{ id: 'topic', label: 'What is it about?', kind: 'text', required: true }],
      emailFollowupEnabled: false,
    },
  });
  // Open every day around the clock (UTC), so tomorrow's slots exist whatever day the test runs.
  const { data: link, error } = await ann.api.POST('/bookings/links', {
    body: {
      title: 'Intro call',
      templateId: template?.id,
      settings: { ...BERLIN_LINK_SETTINGS, timeZone: 'UTC', weeklyHours: everyDay, durations: [30] },
    },
  });
  if (!link) throw new Error(`link not created: ${JSON.stringify(error)}`);
  return { ann, token: tokenOf(link.url) };
}

const availability = (token: string) =>
  t.anonymous.GET('/bookings/public/{token}/availability', {
    params: {
      path: { token },
      query: { from: tomorrowAt(0).toISOString(), to: tomorrowAt(23).toISOString(), duration: 30 },
    },
  });

describe('booking through the public page, end to end', () => {
  it('offers no slot that a connected calendar marks busy', async () => {
    const { token } = await ownerWithCalendars();
    const { data, response } = await availability(token);
    expect(response.status).toBe(200);
    const starts = (data?.days ?? []).flatMap((day) => day.slots.map((slot) => slot.start));
    expect(starts).toContain(tomorrowAt(11).toISOString());
    expect(starts).toContain(tomorrowAt(13).toISOString());
    // The Microsoft calendar's 12:00-13:00 appointment blocks both slots inside it.
    expect(starts).not.toContain(tomorrowAt(12).toISOString());
    expect(starts).not.toContain(new Date(tomorrowAt(12).getTime() + 30 * 60_000).toISOString());
  });

  it('answers 503 calendar_unavailable rather than offer slots that may be busy', async () => {
    const { token } = await ownerWithCalendars();
    t.fakes.graph.service.faults.inject('calendarView', { kind: 'status', status: 503 }, 20);
    const { error, response } = await availability(token);
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ code: 'calendar_unavailable' });
  });

  it('a booking is followed by one event, both confirmations and the contact', async () => {
    const { ann, token } = await ownerWithCalendars();
    const start = tomorrowAt(10);
    const booked = await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: bookingBody(start.toISOString(), { answers: { topic: 'Roadmap review' } }),
    });
    expect(booked.response.status).toBe(201);
    const bookingId = booked.data?.booking.id ?? '';

    const states = await waitFor(async () => {
      const { data } = await ann.api.GET('/bookings/bookings/{id}/side-effects', {
        params: { path: { id: bookingId } },
      });
      const items = data?.items ?? [];
      if (items.length === 0 || items.some((item) => item.status === 'pending')) throw new Error('pending');
      return items;
    });
    expect(states.map((s) => s.status)).toEqual(['done', 'done', 'done']);

    const events = t.fakes.google.liveEvents();
    expect(events).toHaveLength(1);
    expect(events[0]?.start.dateTime).toBe(start.toISOString());
    // The event invites nobody: the attendee's one invitation is our email's REQUEST (ADR 007).
    expect(events[0]?.attendees ?? []).toEqual([]);
    expect(events[0]?.description).toContain('What is it about?: Roadmap review');
    expect(t.inbox.to('rita@example.com')).toHaveLength(1);
    expect(t.inbox.to('ann@example.com')).toHaveLength(1);
    expect(t.inbox.to('rita@example.com')[0]?.raw.toString()).toMatch(
      /text\/calendar;[^\r\n]*method=REQUEST/i,
    );
    expect(t.fakes.google.contacts.map((c) => c.emailAddresses?.[0]?.value)).toEqual(['rita@example.com']);

    const { data: list } = await ann.api.GET('/bookings/bookings', {});
    expect(list?.items[0]?.calendarEventId).toBe(events[0]?.id);
  });
});
