import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/adapters/db/client';
import { useOwnerSession } from '../factories/owner-session';
import { type BERLIN_LINK_SETTINGS, bookingBody, createPublicLink, tokenOf } from '../factories/public-links';
import { dumpDatabase } from '../support/dump-database';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Monday 1 June 2026, 08:00 UTC = 10:00 in Berlin. Links: Berlin office hours, 30/60 min, no notice, and the
// default change window of a day. Wednesday 3 June is well outside it.
const NOW = '2026-06-01T08:00:00.000Z';
const WED_0900_BERLIN = '2026-06-03T07:00:00.000Z';
const t = useTestApp({ clock: NOW, env: UNLIMITED_PUBLIC_API });
const ann = useOwnerSession(t, 'ann@example.com');
const bob = useOwnerSession(t, 'bob@example.com');

type LinkSettings = Partial<typeof BERLIN_LINK_SETTINGS>;

async function book(token: string, start: string, overrides: Record<string, unknown> = {}) {
  const { data, error } = await t.anonymous.POST('/bookings/public/{token}/book', {
    params: { path: { token } },
    body: bookingBody(start, overrides),
  });
  if (!data) throw new Error(`booking failed: ${JSON.stringify(error)}`);
  return { id: data.booking.id, manageToken: manageTokenOf(data.manageUrl), confirmation: data };
}

const manageTokenOf = (url: string) => url.split('/public/bookings/manage/')[1] ?? '';

async function linkWithBooking(settings: LinkSettings = {}, start = WED_0900_BERLIN) {
  const { link, token } = await createPublicLink(ann, { settings });
  return { link, token, ...(await book(token, start)) };
}

const manage = {
  get: (token: string) => t.anonymous.GET('/bookings/public/manage/{token}', { params: { path: { token } } }),
  cancel: (token: string, reason?: string, idempotencyKey?: string) =>
    t.anonymous.POST('/bookings/public/manage/{token}:cancel', {
      params: { path: { token } },
      body: reason === undefined ? {} : { reason },
      ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
    }),
  reschedule: (token: string, start: string, duration = 30, idempotencyKey?: string) =>
    t.anonymous.POST('/bookings/public/manage/{token}:reschedule', {
      params: { path: { token } },
      body: { start, duration },
      ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
    }),
  availability: (token: string, query: { from: string; to: string; duration?: number }) =>
    t.anonymous.GET('/bookings/public/manage/{token}/availability', {
      params: { path: { token }, query },
    }),
};

const owner = {
  get: (id: string) => ann.api.GET('/bookings/bookings/{id}', { params: { path: { id } } }),
  cancel: (id: string, reason?: string) =>
    ann.api.POST('/bookings/bookings/{id}:cancel', {
      params: { path: { id } },
      body: reason === undefined ? {} : { reason },
    }),
  reschedule: (id: string, start: string, duration?: number) =>
    ann.api.POST('/bookings/bookings/{id}:reschedule', {
      params: { path: { id } },
      body: duration === undefined ? { start } : { start, duration },
    }),
};

const slotStartsOn = async (token: string, date: string) => {
  const { data } = await t.anonymous.GET('/bookings/public/{token}/availability', {
    params: { path: { token }, query: { from: `${date}T00:00:00Z`, to: `${date}T23:59:00Z` } },
  });
  return (data?.days ?? []).flatMap((day) => day.slots.map((slot) => slot.start));
};

const sideEffectsOf = (bookingId: string) =>
  queryRows<{ kind: string; revision: number; status: string }>(
    t.database.db,
    sql`SELECT kind, revision, status FROM booking_side_effects WHERE booking_id = ${bookingId} ORDER BY revision, kind`,
  );

const icsSequenceOf = async (bookingId: string) =>
  (
    await queryRows<{ ics_sequence: number }>(
      t.database.db,
      sql`SELECT ics_sequence FROM bookings WHERE id = ${bookingId}`,
    )
  )[0]?.ics_sequence;

/** Pairs of confirmed meetings of one owner that overlap: the exclusion constraint says there are none. */
const overlappingPairs = () =>
  queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM bookings a JOIN bookings b
        ON a.owner_id = b.owner_id AND a.id < b.id
        AND a.status = 'confirmed' AND b.status = 'confirmed'
        AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
  );

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

describe('the manage token', () => {
  it('comes with the confirmation as PUBLIC_BASE_URL/public/bookings/manage/<token> and is never stored in clear', async () => {
    const { confirmation, manageToken } = await linkWithBooking();
    expect(confirmation.manageUrl).toBe(`http://bookings.test/public/bookings/manage/${manageToken}`);
    // 32 bytes of base64url.
    expect(manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const dump = await dumpDatabase(t.database);
    expect(dump.some((row) => row.includes(manageToken))).toBe(false);
  });

  it('a retried booking with the same Idempotency-Key gets the same manage URL', async () => {
    const { token } = await createPublicLink(ann);
    const send = () =>
      t.anonymous.POST('/bookings/public/{token}/book', {
        params: { path: { token } },
        body: bookingBody(WED_0900_BERLIN),
        headers: { 'idempotency-key': 'retry-1' },
      });
    const first = await send();
    const second = await send();
    expect(second.data?.manageUrl).toBe(first.data?.manageUrl);
    expect(second.data?.booking.id).toBe(first.data?.booking.id);
  });

  it('opens the booking as its attendee sees it, with until when it can be changed', async () => {
    const { manageToken, id } = await linkWithBooking();
    const { data, response } = await manage.get(manageToken);
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      booking: {
        id,
        status: 'confirmed',
        start: WED_0900_BERLIN,
        end: '2026-06-03T07:30:00.000Z',
        duration: 30,
        timeZone: 'America/New_York',
        recipient: { name: 'Rita Recipient', email: 'rita@example.com' },
        joinUrl: null,
        cancelledAt: null,
      },
      title: 'Intro call',
      ownerName: 'ann',
      linkTimeZone: 'Europe/Berlin',
      durations: [30, 60],
      changeableUntil: '2026-06-02T07:00:00.000Z',
      canCancel: true,
      canReschedule: true,
    });
  });

  it('shows the join URL to both sides once the calendar event has one', async () => {
    const { manageToken, id } = await linkWithBooking();
    const joinUrl = 'https://meet.google.com/abc-defg-hij';
    await t.database.db.execute(sql`UPDATE bookings SET conference_url = ${joinUrl} WHERE id = ${id}`);
    expect((await manage.get(manageToken)).data?.booking.joinUrl).toBe(joinUrl);
    expect((await owner.get(id)).data?.booking.joinUrl).toBe(joinUrl);
  });

  it('an unknown token is a 404 problem', async () => {
    const { response, error } = await manage.get('no-such-token');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(error?.code).toBe('not_found');
  });

  it('100 GETs of the manage page and its availability change nothing in the database', async () => {
    const { manageToken } = await linkWithBooking();
    const before = await dumpDatabase(t.database);
    for (let i = 0; i < 100; i++) {
      const { response } = await manage.get(manageToken);
      expect(response.status).toBe(200);
    }
    const { response } = await manage.availability(manageToken, {
      from: '2026-06-03T00:00:00Z',
      to: '2026-06-04T00:00:00Z',
    });
    expect(response.status).toBe(200);
    expect(await dumpDatabase(t.database)).toEqual(before);
  });
});

describe('GET /bookings/bookings/{id}', () => {
  it('shows the owner one booking with its side effects; another owner gets 404', async () => {
    const { id } = await linkWithBooking();
    const { data, response } = await owner.get(id);
    expect(response.status).toBe(200);
    expect(data?.booking).toMatchObject({
      id,
      status: 'confirmed',
      start: WED_0900_BERLIN,
      cancelledAt: null,
      cancelReason: null,
      cancelledBy: null,
      rescheduledAt: null,
    });
    expect(data?.sideEffects.map((effect) => [effect.kind, effect.revision, effect.status]).sort()).toEqual([
      ['create_contact', 0, 'pending'],
      ['create_event', 0, 'pending'],
      ['send_confirmations', 0, 'pending'],
    ]);
    const { response: stranger } = await bob.api.GET('/bookings/bookings/{id}', { params: { path: { id } } });
    expect(stranger.status).toBe(404);
    const { response: strangerCancel } = await bob.api.POST('/bookings/bookings/{id}:cancel', {
      params: { path: { id } },
      body: {},
    });
    expect(strangerCancel.status).toBe(404);
    expect((await owner.get(id)).data?.booking.status).toBe('confirmed');
  });
});

describe('GET /bookings/bookings?status', () => {
  it('lists only the bookings in that state', async () => {
    const { token, id: kept } = await linkWithBooking();
    const { id: cancelled } = await book(token, '2026-06-03T09:00:00.000Z', { email: 'other@example.com' });
    await owner.cancel(cancelled, 'No longer needed');
    const list = async (status?: 'confirmed' | 'cancelled') =>
      (
        await ann.api.GET('/bookings/bookings', { params: { query: status ? { status } : {} } })
      ).data?.items.map((booking) => [booking.id, booking.status]);
    expect(await list('confirmed')).toEqual([[kept, 'confirmed']]);
    expect(await list('cancelled')).toEqual([[cancelled, 'cancelled']]);
    expect(await list()).toHaveLength(2);
  });
});

describe('cancelling', () => {
  it('frees the slot and the daily cap at once', async () => {
    const { token, id } = await linkWithBooking({ maxPerDay: 1 });
    expect(await slotStartsOn(token, '2026-06-03')).toEqual([]);
    const { data, response } = await owner.cancel(id, 'Double-booked myself');
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      id,
      status: 'cancelled',
      cancelledAt: NOW,
      cancelReason: 'Double-booked myself',
      cancelledBy: 'owner',
    });
    expect(await slotStartsOn(token, '2026-06-03')).toContain(WED_0900_BERLIN);
    const again = await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: bookingBody(WED_0900_BERLIN, { email: 'other@example.com' }),
    });
    expect(again.response.status).toBe(201);
  });

  it('a second cancel answers 200 unchanged and queues nothing more', async () => {
    const { id, manageToken } = await linkWithBooking();
    const first = await manage.cancel(manageToken, 'Cannot make it');
    expect(first.response.status).toBe(200);
    expect(first.data?.booking).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'attendee',
      cancelReason: 'Cannot make it',
    });
    t.clock.set('2026-06-01T09:00:00.000Z');
    const second = await manage.cancel(manageToken, 'Again');
    expect(second.response.status).toBe(200);
    expect(second.data?.booking).toEqual(first.data?.booking);
    const byOwner = await owner.cancel(id, 'Owner too');
    expect(byOwner.data).toMatchObject({
      cancelledBy: 'attendee',
      cancelReason: 'Cannot make it',
      cancelledAt: NOW,
    });

    expect(await icsSequenceOf(id)).toBe(1);
    expect(
      (await sideEffectsOf(id)).filter((effect) => effect.revision > 0).map((e) => [e.kind, e.revision]),
    ).toEqual([
      ['cancel_event', 1],
      ['send_change_notices', 1],
    ]);
    const audit = await queryRows<{ action: string; actor: string; summary: string }>(
      t.database.db,
      sql`SELECT action, actor, summary FROM audit_log WHERE target_id = ${id} AND action = 'booking.cancelled'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toMatch(/^public:[0-9a-f]{64}$/);
    expect(audit[0]?.summary).toContain('cancelled by the attendee');
    expect(audit[0]?.summary).toContain('Cannot make it');
  });

  it('drops a follow-up that has not been sent', async () => {
    const { data: template } = await ann.api.POST('/bookings/templates', {
      body: { name: 'With follow-up', questions: [], emailFollowupEnabled: true },
    });
    const { token } = await createPublicLink(ann, { templateId: template?.id });
    const { id } = await book(token, WED_0900_BERLIN);
    expect((await sideEffectsOf(id)).map((effect) => effect.kind)).toContain('send_follow_up');
    await owner.cancel(id);
    expect((await sideEffectsOf(id)).map((effect) => effect.kind)).not.toContain('send_follow_up');
  });

  it('does not reopen a one-time link', async () => {
    const { link } = await createPublicLink(ann);
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com' },
    });
    const oneTimeToken = tokenOf(oneTime?.url ?? '');
    const { id } = await book(oneTimeToken, WED_0900_BERLIN);
    await owner.cancel(id);
    const { response, error } = await t.anonymous.GET('/bookings/public/{token}', {
      params: { path: { token: oneTimeToken } },
    });
    expect(response.status).toBe(410);
    expect(error?.code).toBe('link_used');
  });

  it('revoking a used one-time link points to cancelling its booking', async () => {
    const { link } = await createPublicLink(ann);
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com' },
    });
    const { id } = await book(tokenOf(oneTime?.url ?? ''), WED_0900_BERLIN);
    const { response, error } = await ann.api.POST('/bookings/one-time/{oid}:revoke', {
      params: { path: { oid: oneTime?.id ?? '' } },
    });
    expect(response.status).toBe(409);
    expect(error?.code).toBe('one_time_link_booked');
    expect(error?.detail).toContain(`/bookings/meetings/${id}`);
  });
});

describe('rescheduling', () => {
  it('moving a booking 15 minutes later, over its own old time, succeeds for the attendee and the owner', async () => {
    const { id, manageToken } = await linkWithBooking({ slotStepMinutes: 15 });
    const { data: free } = await manage.availability(manageToken, {
      from: '2026-06-03T00:00:00Z',
      to: '2026-06-04T00:00:00Z',
    });
    const starts = (free?.days ?? []).flatMap((day) => day.slots.map((slot) => slot.start));
    expect(starts).toContain('2026-06-03T07:15:00.000Z');

    const { data, response } = await manage.reschedule(manageToken, '2026-06-03T07:15:00.000Z');
    expect(response.status).toBe(200);
    expect(data?.booking).toMatchObject({
      id,
      status: 'confirmed',
      start: '2026-06-03T07:15:00.000Z',
      end: '2026-06-03T07:45:00.000Z',
      rescheduledAt: NOW,
    });
    const moved = await owner.reschedule(id, '2026-06-03T07:30:00.000Z');
    expect(moved.response.status).toBe(200);
    expect(moved.data).toMatchObject({
      id,
      start: '2026-06-03T07:30:00.000Z',
      end: '2026-06-03T08:00:00.000Z',
    });

    expect(await icsSequenceOf(id)).toBe(2);
    expect((await sideEffectsOf(id)).filter((e) => e.revision > 0).map((e) => [e.kind, e.revision])).toEqual([
      ['send_change_notices', 1],
      ['update_event', 1],
      ['send_change_notices', 2],
      ['update_event', 2],
    ]);
    const audit = await queryRows<{ actor: string; summary: string }>(
      t.database.db,
      sql`SELECT actor, summary FROM audit_log WHERE target_id = ${id} AND action = 'booking.rescheduled' ORDER BY summary`,
    );
    expect(audit.map((entry) => entry.summary.split(':')[0])).toEqual([
      'moved by the attendee',
      'moved by the owner',
    ]);
    expect(audit.find((entry) => entry.summary.startsWith('moved by the owner'))?.actor).toBe(
      `owner:${ann.id}`,
    );
  });

  it('frees the old time at once', async () => {
    const { token, manageToken } = await linkWithBooking();
    expect(await slotStartsOn(token, '2026-06-03')).not.toContain(WED_0900_BERLIN);
    await manage.reschedule(manageToken, '2026-06-03T09:00:00.000Z');
    const starts = await slotStartsOn(token, '2026-06-03');
    expect(starts).toContain(WED_0900_BERLIN);
    expect(starts).not.toContain('2026-06-03T09:00:00.000Z');
  });

  it('holds the attendee to the link’s rules, and never onto another meeting', async () => {
    const { token, manageToken } = await linkWithBooking();
    await book(token, '2026-06-03T09:00:00.000Z', { email: 'other@example.com' });
    const taken = await manage.reschedule(manageToken, '2026-06-03T09:00:00.000Z');
    expect(taken.response.status).toBe(409);
    expect(taken.error?.code).toBe('slot_unavailable');
    const saturday = await manage.reschedule(manageToken, '2026-06-06T08:00:00.000Z');
    expect(saturday.response.status).toBe(422);
    expect(saturday.error?.code).toBe('outside_window');
  });

  it('lets the owner step outside hours and notice, never onto another meeting', async () => {
    const { token, id } = await linkWithBooking();
    await book(token, '2026-06-03T09:00:00.000Z', { email: 'other@example.com' });
    const saturday = await owner.reschedule(id, '2026-06-06T18:00:00.000Z', 45);
    expect(saturday.response.status).toBe(200);
    expect(saturday.data).toMatchObject({
      start: '2026-06-06T18:00:00.000Z',
      end: '2026-06-06T18:45:00.000Z',
    });
    const onto = await owner.reschedule(id, '2026-06-03T09:15:00.000Z');
    expect(onto.response.status).toBe(409);
    expect(onto.error?.code).toBe('slot_unavailable');
    const past = await owner.reschedule(id, '2026-05-31T09:00:00.000Z');
    expect(past.response.status).toBe(422);
    expect(await overlappingPairs()).toEqual([{ n: 0 }]);
  });

  it('a cancelled booking cannot be moved', async () => {
    const { id, manageToken } = await linkWithBooking();
    await owner.cancel(id);
    const byAttendee = await manage.reschedule(manageToken, '2026-06-03T09:00:00.000Z');
    expect(byAttendee.response.status).toBe(409);
    expect(byAttendee.error?.code).toBe('booking_cancelled');
    const byOwner = await owner.reschedule(id, '2026-06-03T09:00:00.000Z');
    expect(byOwner.error?.code).toBe('booking_cancelled');
  });

  it('a one-time link’s booking moves only to the slots that link offers', async () => {
    const { link } = await createPublicLink(ann);
    const picked = [
      { start: '2026-06-03T07:00:00.000Z', end: '2026-06-03T07:30:00.000Z' },
      { start: '2026-06-04T12:00:00.000Z', end: '2026-06-04T12:30:00.000Z' },
    ];
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com', pickedSlots: picked },
    });
    const { manageToken } = await book(tokenOf(oneTime?.url ?? ''), WED_0900_BERLIN);
    const { data: free } = await manage.availability(manageToken, {
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-10T00:00:00Z',
    });
    expect((free?.days ?? []).flatMap((day) => day.slots)).toEqual(picked);
    const elsewhere = await manage.reschedule(manageToken, '2026-06-03T09:00:00.000Z');
    expect(elsewhere.response.status).toBe(422);
    expect(elsewhere.error?.code).toBe('slot_not_offered');
    const other = await manage.reschedule(manageToken, '2026-06-04T12:00:00.000Z');
    expect(other.response.status).toBe(200);
  });

  it('a repeated Idempotency-Key replays the first answer and moves once', async () => {
    const { id, manageToken } = await linkWithBooking();
    const first = await manage.reschedule(manageToken, '2026-06-03T09:00:00.000Z', 30, 'move-1');
    const second = await manage.reschedule(manageToken, '2026-06-03T09:00:00.000Z', 30, 'move-1');
    expect(second.data).toEqual(first.data);
    expect(await icsSequenceOf(id)).toBe(1);
    const reused = await manage.reschedule(manageToken, '2026-06-03T10:00:00.000Z', 30, 'move-1');
    expect(reused.response.status).toBe(422);
    expect(reused.error?.code).toBe('idempotency_key_reused');
  });

  it('50 bookings racing into one free slot: exactly one 200, 49 × 409, no overlaps', async () => {
    const { token } = await createPublicLink(ann, { settings: { durations: [15], defaultDuration: 15 } });
    // 50 quarter hours on Wednesday and Thursday (32 a day), one attendee each.
    const manageTokens: string[] = [];
    for (let i = 0; i < 50; i++) {
      const start = new Date(Date.UTC(2026, 5, 3 + Math.floor(i / 32), 7, (i % 32) * 15)).toISOString();
      const booked = await book(token, start, { duration: 15, email: `r${i}@example.com` });
      manageTokens.push(booked.manageToken);
    }
    const target = '2026-06-05T07:00:00.000Z';
    const statuses = await Promise.all(
      manageTokens.map(async (manageToken) => {
        const response = await fetch(`${t.baseUrl}/bookings/public/manage/${manageToken}:reschedule`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ start: target, duration: 15 }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(tally(statuses)).toEqual({ 200: 1, 409: 49 });
    expect(
      await queryRows(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM bookings WHERE status = 'confirmed' AND starts_at = ${target}`,
      ),
    ).toEqual([{ n: 1 }]);
    expect(await overlappingPairs()).toEqual([{ n: 0 }]);
  });
});

describe('the change window', () => {
  it('too_late_to_change applies to the attendee, never to the owner', async () => {
    const { id, manageToken } = await linkWithBooking();
    // Tuesday 08:00 UTC: 23 hours before the meeting, inside the default day.
    t.clock.set('2026-06-02T08:00:00.000Z');
    const { data: page } = await manage.get(manageToken);
    expect(page).toMatchObject({ canCancel: false, canReschedule: false });

    const move = await manage.reschedule(manageToken, '2026-06-04T07:00:00.000Z');
    expect(move.response.status).toBe(409);
    expect(move.error?.code).toBe('too_late_to_change');
    const cancel = await manage.cancel(manageToken);
    expect(cancel.response.status).toBe(409);
    expect(cancel.error?.code).toBe('too_late_to_change');
    const free = await manage.availability(manageToken, {
      from: '2026-06-04T00:00:00Z',
      to: '2026-06-05T00:00:00Z',
    });
    expect(free.error?.code).toBe('too_late_to_change');

    const ownerSlots = await ann.api.GET('/bookings/bookings/{id}/availability', {
      params: { path: { id }, query: { from: '2026-06-03T00:00:00Z', to: '2026-06-04T00:00:00Z' } },
    });
    expect(ownerSlots.data?.days[0]?.slots[0]).toEqual({
      start: WED_0900_BERLIN,
      end: '2026-06-03T07:30:00.000Z',
    });
    expect((await owner.reschedule(id, '2026-06-04T07:00:00.000Z')).response.status).toBe(200);
    expect((await owner.cancel(id)).response.status).toBe(200);
    const afterCancel = await ann.api.GET('/bookings/bookings/{id}/availability', {
      params: { path: { id }, query: { from: '2026-06-03T00:00:00Z', to: '2026-06-04T00:00:00Z' } },
    });
    expect(afterCancel.error?.code).toBe('booking_cancelled');
  });

  it('follows the link’s minChangeNoticeMinutes', async () => {
    const { link, token } = await createPublicLink(ann);
    expect(link.minChangeNoticeMinutes).toBe(1440);
    const { data: updated } = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { minChangeNoticeMinutes: 60 },
    });
    expect(updated?.minChangeNoticeMinutes).toBe(60);
    const { manageToken } = await book(token, WED_0900_BERLIN);
    t.clock.set('2026-06-03T05:30:00.000Z');
    expect((await manage.cancel(manageToken)).response.status).toBe(200);
  });
});

describe('analytics', () => {
  it('counts cancellations and reschedules per day', async () => {
    const { link, token } = await createPublicLink(ann);
    const first = await book(token, WED_0900_BERLIN);
    const second = await book(token, '2026-06-03T09:00:00.000Z', { email: 'other@example.com' });
    await manage.reschedule(first.manageToken, '2026-06-03T11:00:00.000Z');
    await owner.cancel(second.id);
    const { data } = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id }, query: { from: '2026-06-01', to: '2026-06-01' } },
    });
    expect(data).toMatchObject({ bookings: 2, cancellations: 1, reschedules: 1 });
    expect(data?.series).toEqual([
      { date: '2026-06-01', views: 0, bookings: 2, cancellations: 1, reschedules: 1 },
    ]);
  });
});
