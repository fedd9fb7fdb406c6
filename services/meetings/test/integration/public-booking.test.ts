import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/adapters/db/client';
import { signInOwner, useOwnerSession } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Monday 1 June 2026, 08:00 UTC = 10:00 in Berlin (UTC+2). Links: Berlin office hours, 30/60 min, no notice.
const NOW = '2026-06-01T08:00:00.000Z';
const t = useTestApp({ clock: NOW, env: UNLIMITED_PUBLIC_API });
const { clock } = t;
const ann = useOwnerSession(t, 'ann@example.com');

const getPublic = (token: string, referer?: string) =>
  t.anonymous.GET('/bookings/public/{token}', {
    params: { path: { token } },
    ...(referer ? { headers: { referer } } : {}),
  });
const availability = (token: string, query: Record<string, string | number>) =>
  t.anonymous.GET('/bookings/public/{token}/availability', {
    params: { path: { token }, query: query as { from: string; to: string } },
  });
const book = (token: string, body: ReturnType<typeof bookingBody>, idempotencyKey?: string) =>
  t.anonymous.POST('/bookings/public/{token}/book', {
    params: { path: { token } },
    body,
    ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
  });
const countBookings = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM bookings`))[0]?.n;

describe('GET /bookings/public/{token}', () => {
  it('shows what the page offers and records a view with the referrer origin only', async () => {
    const { data: template } = await ann.api.POST('/bookings/templates', {
      body: {
        name: 'Intro',
        questions: [{ id: 'topic', label: 'Topic', kind: 'text', required: true }],
        emailFollowupEnabled: false,
      },
    });
    const { link, token } = await createPublicLink(ann, { templateId: template?.id });
    const { data, response } = await getPublic(token, 'https://blog.example.com/posts/42?secret=1');
    expect(response.status).toBe(200);
    expect(data).toEqual({
      kind: 'evergreen',
      title: 'Intro call',
      description: '',
      ownerName: 'ann',
      ownerAvatarUrl: null,
      timeZone: 'Europe/Berlin',
      durations: [30, 60],
      defaultDuration: 30,
      questions: [{ id: 'topic', label: 'Topic', kind: 'text', required: true }],
      botProtection: false,
    });
    // Views are written in batches, off the request path.
    const written = () =>
      queryRows(
        t.database.db,
        sql`SELECT kind, referrer_origin FROM analytics_events WHERE link_id = ${link.id}`,
      );
    expect(await written()).toEqual([]);
    await t.app.container.repositories.analytics.flush();
    expect(await written()).toEqual([{ kind: 'view', referrer_origin: 'https://blog.example.com' }]);
  });

  it('counts a view in the owner’s analytics at once, and writes the views still held when the app closes', async () => {
    const { link, token } = await createPublicLink(ann);
    await getPublic(token);
    const analytics = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id } },
    });
    expect(analytics.data?.views).toBe(1);

    const second = await t.startApp();
    await fetch(`${second.baseUrl}/bookings/public/${token}`);
    await fetch(`${second.baseUrl}/bookings/public/${token}`);
    await second.close();
    const [row] = await queryRows<{ views: number }>(
      t.database.db,
      sql`SELECT sum(count)::int AS views FROM analytics_events WHERE link_id = ${link.id} AND kind = 'view'`,
    );
    expect(row?.views).toBe(3);
  });

  it('answers 404 for an unknown token and 410 while the link is switched off', async () => {
    const unknown = await getPublic('no-such-token');
    expect(unknown.response.status).toBe(404);
    expect(unknown.error?.code).toBe('link_not_found');

    const { link, token } = await createPublicLink(ann);
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    const off = await getPublic(token);
    expect(off.response.status).toBe(410);
    expect(off.error?.code).toBe('link_inactive');
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    expect((await getPublic(token)).response.status).toBe(200);
  });
});

describe('GET /bookings/public/{token}/availability', () => {
  it('comes compressed when the browser accepts it: a month of times is large on a phone’s connection', async () => {
    const { token } = await createPublicLink(ann);
    const query = 'from=2026-06-01T08:00:00.000Z&to=2026-07-06T08:00:00.000Z&timezone=Europe/Berlin';
    const url = `${t.baseUrl}/bookings/public/${token}/availability?${query}`;
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    const plainText = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plainText.length).toBeGreaterThan(10_000);
    const compressed = await fetch(url, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toContain('accept-encoding');
    expect(Number(compressed.headers.get('content-length'))).toBeLessThan(plainText.length / 5);
    expect(await compressed.json()).toEqual(JSON.parse(plainText));
  });

  it('lists free slots as UTC instants grouped by local date', async () => {
    const { token } = await createPublicLink(ann);
    const { data } = await availability(token, { from: '2026-06-01T00:00:00Z', to: '2026-06-03T00:00:00Z' });
    expect(data?.timeZone).toBe('Europe/Berlin');
    expect(data?.days.map((d) => d.date)).toEqual(['2026-06-01', '2026-06-02']);
    // Monday from now (10:00 Berlin) to 17:00: 14 half hours; Tuesday 09:00-17:00: 16.
    expect(data?.days.map((d) => d.slots.length)).toEqual([14, 16]);
    expect(data?.days[0]?.slots[0]).toEqual({
      start: '2026-06-01T08:00:00.000Z',
      end: '2026-06-01T08:30:00.000Z',
    });
  });

  it('regroups the same instants when the visitor changes zone; none move', async () => {
    const { token } = await createPublicLink(ann);
    const range = { from: '2026-06-01T00:00:00Z', to: '2026-06-06T00:00:00Z' };
    const berlin = await availability(token, range);
    const auckland = await availability(token, { ...range, timezone: 'Pacific/Auckland' });
    const flatten = (days: { slots: { start: string }[] }[] = []) =>
      days.flatMap((d) => d.slots.map((s) => s.start));
    expect(flatten(auckland.data?.days)).toEqual(flatten(berlin.data?.days));
    expect(auckland.data?.timeZone).toBe('Pacific/Auckland');
    // 17:00 in Berlin on Monday is 03:00 Tuesday in Auckland: Monday's afternoon moves to Tuesday's list.
    expect(auckland.data?.days[0]?.date).toBe('2026-06-01');
    expect(auckland.data?.days.at(-1)?.date).toBe('2026-06-06');
  });

  it('answers an old zone name under its current name and stores the booking with it', async () => {
    const { token } = await createPublicLink(ann);
    const range = { from: '2026-06-01T00:00:00Z', to: '2026-06-03T00:00:00Z' };
    const calcutta = await availability(token, { ...range, timezone: 'Asia/Calcutta' });
    const kolkata = await availability(token, { ...range, timezone: 'Asia/Kolkata' });
    expect(calcutta.data?.timeZone).toBe('Asia/Kolkata');
    expect(calcutta.data?.days).toEqual(kolkata.data?.days);
    const start = calcutta.data?.days[0]?.slots[0]?.start ?? '';
    const booked = await book(token, { ...bookingBody(start), timezone: 'Asia/Calcutta' });
    expect(booked.data?.booking.timeZone).toBe('Asia/Kolkata');
  });

  it('rejects a bad zone, a range over 62 days and a duration the link does not offer', async () => {
    const { token } = await createPublicLink(ann);
    const badZone = await availability(token, {
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-02T00:00:00Z',
      timezone: 'Mars/Olympus',
    });
    expect(badZone.response.status).toBe(400);
    expect(badZone.error?.errors).toEqual([
      { path: 'query.timezone', message: 'must be an IANA time zone such as Europe/Berlin' },
    ]);
    const tooLong = await availability(token, { from: '2026-06-01T00:00:00Z', to: '2026-08-03T00:00:00Z' });
    expect(tooLong.response.status).toBe(400);
    const backwards = await availability(token, { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' });
    expect(backwards.error?.errors?.[0]?.path).toBe('query.to');
    const badDuration = await availability(token, {
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-02T00:00:00Z',
      duration: 45,
    });
    expect(badDuration.response.status).toBe(422);
    expect(badDuration.error?.code).toBe('duration_not_allowed');
  });
});

describe('POST /bookings/public/{token}/book', () => {
  it('books a free slot, then the slot is gone and the owner sees the booking', async () => {
    const { link, token } = await createPublicLink(ann);
    const { data, response } = await book(token, bookingBody('2026-06-02T08:00:00Z'));
    expect(response.status).toBe(201);
    expect(data?.booking).toMatchObject({
      status: 'confirmed',
      start: '2026-06-02T08:00:00.000Z',
      end: '2026-06-02T08:30:00.000Z',
      duration: 30,
      timeZone: 'America/New_York',
      recipient: { name: 'Rita Recipient', email: 'rita@example.com' },
    });
    expect(data?.calendarFile).toContain('METHOD:PUBLISH');
    expect(data?.calendarFile).not.toContain('ATTENDEE');
    expect(data?.calendarFile).toContain(`UID:${data?.booking.id}`);

    const again = await book(token, bookingBody('2026-06-02T08:00:00Z', { email: 'sam@example.com' }));
    expect(again.response.status).toBe(409);
    expect(again.error?.code).toBe('slot_unavailable');

    const slots = await availability(token, { from: '2026-06-02T00:00:00Z', to: '2026-06-03T00:00:00Z' });
    expect(slots.data?.days[0]?.slots.map((s) => s.start)).not.toContain('2026-06-02T08:00:00.000Z');

    const listed = await ann.api.GET('/bookings/bookings', { params: { query: { linkId: link.id } } });
    expect(listed.data?.items.map((b) => b.id)).toEqual([data?.booking.id]);
    const effects = await queryRows(t.database.db, sql`SELECT kind FROM booking_side_effects ORDER BY kind`);
    // Written with the booking; the job queue may already have run them (booking-acceptance covers that).
    expect(effects).toEqual([
      { kind: 'create_contact' },
      { kind: 'create_event' },
      { kind: 'send_confirmations' },
    ]);
    const audit = await ann.api.GET('/bookings/audit', { params: { query: { targetId: data?.booking.id } } });
    expect(audit.data?.items[0]?.action).toBe('booking.created');
    expect(audit.data?.items[0]?.actor).toMatch(/^public:[0-9a-f]{64}$/);
    const analytics = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id }, query: { from: '2026-06-01', to: '2026-06-01' } },
    });
    expect(analytics.data).toMatchObject({ views: 0, bookings: 1 });
  });

  it('says why a start cannot be booked: off the grid, outside the window, a duration not offered', async () => {
    const { token } = await createPublicLink(ann);
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['2026-06-02T08:10:00Z', {}, 422, 'off_grid'],
      ['2026-06-02T03:00:00Z', {}, 422, 'outside_window'],
      ['2026-06-06T08:00:00Z', {}, 422, 'outside_window'],
      ['2026-06-01T07:00:00Z', {}, 422, 'outside_window'],
      ['2026-09-01T08:00:00Z', {}, 422, 'outside_window'],
      ['2026-06-02T08:00:00Z', { duration: 45 }, 422, 'duration_not_allowed'],
    ];
    for (const [start, overrides, status, code] of cases) {
      const { response, error } = await book(token, bookingBody(start, overrides));
      expect({ start, status: response.status, code: error?.code }).toEqual({ start, status, code });
    }
    expect(await countBookings()).toBe(0);
  });

  it('checks the answers against the template and names each bad field', async () => {
    const { data: template } = await ann.api.POST('/bookings/templates', {
      body: {
        name: 'Interview',
        questions: [
          { id: 'phone', label: 'Phone', kind: 'phone', required: true },
          {
            id: 'format',
            label: 'Format',
            kind: 'single_choice',
            required: true,
            options: ['Video', 'Phone'],
          },
        ],
        emailFollowupEnabled: true,
      },
    });
    const { token } = await createPublicLink(ann, { templateId: template?.id });
    const bad = await book(
      token,
      bookingBody('2026-06-02T08:00:00Z', { answers: { format: 'Fax' }, timezone: 'Nowhere/City' }),
    );
    expect(bad.response.status).toBe(400);
    expect(bad.error?.errors).toEqual([
      { path: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' },
      { path: 'answers.phone', message: 'is required' },
      { path: 'answers.format', message: 'must be one of: Video, Phone' },
    ]);
    const good = await book(
      token,
      bookingBody('2026-06-02T08:00:00Z', { answers: { phone: '+49 30 123456', format: 'Video' } }),
    );
    expect(good.response.status).toBe(201);
    const followUp = await queryRows(
      t.database.db,
      sql`SELECT run_after FROM booking_side_effects WHERE kind = 'send_follow_up'`,
    );
    expect(followUp).toHaveLength(1);
  });

  it('honours Idempotency-Key: the same request gets the first answer, another body is refused', async () => {
    const { token } = await createPublicLink(ann);
    const first = await book(token, bookingBody('2026-06-02T08:00:00Z'), 'key-1');
    const retry = await book(token, bookingBody('2026-06-02T08:00:00Z'), 'key-1');
    expect(retry.response.status).toBe(201);
    expect(retry.data).toEqual(first.data);
    const other = await book(token, bookingBody('2026-06-02T09:00:00Z'), 'key-1');
    expect(other.response.status).toBe(422);
    expect(other.error?.code).toBe('idempotency_key_reused');
    expect(await countBookings()).toBe(1);
  });

  it('scopes Idempotency-Key to its link: the same key and body on other links book there', async () => {
    const { token: first } = await createPublicLink(ann, { title: 'Intro call' });
    const { token: second } = await createPublicLink(ann, { title: 'Second call' });
    const { token: bobs } = await createPublicLink(await signInOwner(t, 'bob@example.com'), {
      title: 'Bob’s call',
    });
    const booked = [
      await book(first, bookingBody('2026-06-02T08:00:00Z'), 'key-1'),
      await book(second, bookingBody('2026-06-02T09:00:00Z'), 'key-1'),
      await book(bobs, bookingBody('2026-06-02T08:00:00Z'), 'key-1'),
    ];
    expect(booked.map(({ response }) => response.status)).toEqual([201, 201, 201]);
    expect(booked.map(({ data }) => [data?.title, data?.booking.start])).toEqual([
      ['Intro call', '2026-06-02T08:00:00.000Z'],
      ['Second call', '2026-06-02T09:00:00.000Z'],
      ['Bob’s call', '2026-06-02T08:00:00.000Z'],
    ]);
    expect(new Set(booked.map(({ data }) => data?.booking.id)).size).toBe(3);
    expect(await countBookings()).toBe(3);
  });

  it('keeps buffers and caps across links of the same owner', async () => {
    const { token: buffered } = await createPublicLink(ann, { settings: { bufferAfterMinutes: 30 } });
    const { token: other } = await createPublicLink(ann, { title: 'Other' });
    expect((await book(buffered, bookingBody('2026-06-02T08:00:00Z'))).response.status).toBe(201);
    // The other link's 08:30 slot lies in the first booking's buffer.
    const inBuffer = await book(other, bookingBody('2026-06-02T08:30:00Z'));
    expect(inBuffer.error?.code).toBe('slot_unavailable');
    expect((await book(other, bookingBody('2026-06-02T09:00:00Z'))).response.status).toBe(201);
  });
});

describe('one-time links', () => {
  it('books once, then says the link was used', async () => {
    const { link } = await createPublicLink(ann);
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com', recipientName: 'Dana' },
    });
    const token = (oneTime?.url ?? '').split('/public/bookings/')[1] ?? '';
    const page = await getPublic(token);
    expect(page.data).toMatchObject({
      kind: 'one_time',
      recipient: { email: 'dana@example.com', name: 'Dana' },
    });
    expect((await book(token, bookingBody('2026-06-02T08:00:00Z'))).response.status).toBe(201);
    const second = await book(token, bookingBody('2026-06-02T09:00:00Z'));
    expect(second.response.status).toBe(410);
    expect(second.error?.code).toBe('link_used');
    expect((await getPublic(token)).error?.code).toBe('link_used');
    const list = await ann.api.GET('/bookings/links/{id}/one-time', { params: { path: { id: link.id } } });
    expect(list.data?.items[0]?.status).toBe('booked');
  });

  it('offers exactly the owner-picked slots still free, and expires', async () => {
    const { link } = await createPublicLink(ann);
    const picked = [
      { start: '2026-06-02T08:00:00.000Z', end: '2026-06-02T08:30:00.000Z' },
      { start: '2026-06-03T12:00:00.000Z', end: '2026-06-03T12:30:00.000Z' },
    ];
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com', pickedSlots: picked, expiresInDays: 3 },
    });
    const token = (oneTime?.url ?? '').split('/public/bookings/')[1] ?? '';
    const { data } = await availability(token, { from: '2026-06-01T00:00:00Z', to: '2026-06-10T00:00:00Z' });
    expect(data?.days.flatMap((d) => d.slots)).toEqual(picked);
    const notPicked = await book(token, bookingBody('2026-06-02T09:00:00Z'));
    expect(notPicked.error?.code).toBe('slot_not_offered');
    clock.advanceDays(4);
    expect((await getPublic(token)).error?.code).toBe('link_expired');
  });
});
