import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../src/adapters/crypto/tokens';
import { insertBooking } from '../factories/bookings';
import { createLink, useOwnerSession } from '../factories/owner-session';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp();
const ann = useOwnerSession(t, 'ann@example.com');

const tokenOf = (url: string) => url.split('/').at(-1) ?? '';

describe('POST /bookings/links', () => {
  it('creates a link with the defaults and a public URL', async () => {
    const { data, response } = await ann.api.POST('/bookings/links', { body: { title: 'Intro call' } });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ title: 'Intro call', description: '', isActive: true, templateId: null });
    expect(data?.url).toMatch(/^http:\/\/bookings\.test\/public\/bookings\/[A-Za-z0-9_-]{43}$/);
    // The public token is a field of its own: clients need not parse it out of the URL.
    expect(data?.url).toBe(`http://bookings.test/public/bookings/${data?.token}`);
    expect(data?.settings).toEqual({
      timeZone: 'UTC',
      weeklyHours: {
        mon: [{ start: '09:00', end: '17:00' }],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
        fri: [{ start: '09:00', end: '17:00' }],
        sat: [],
        sun: [],
      },
      excludedDates: [],
      dateOverrides: [],
      durations: [30],
      defaultDuration: 30,
      videoCall: false,
      slotStepMinutes: null,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      maxPerDay: null,
      maxPerWeek: null,
      minNoticeMinutes: 240,
      minAdvanceDays: 0,
      maxAdvanceDays: 60,
    });
  });

  it('stores only the hash and a sealed copy of the token, never the token itself', async () => {
    const link = await createLink(ann);
    const token = tokenOf(link.url);
    const stored = await t.app.container.repositories.links.findByTokenHash(hashToken(token));
    expect(stored?.id).toBe(link.id);
    expect(stored?.tokenSealed).not.toContain(token);
  });

  it('merges given settings onto the defaults', async () => {
    const link = await createLink(ann, {
      settings: {
        timeZone: 'Europe/Berlin',
        durations: [15, 45],
        defaultDuration: 45,
        weeklyHours: { sat: [{ start: '10:00', end: '12:00' }], mon: [] },
        excludedDates: ['2026-12-24'],
        bufferAfterMinutes: 10,
        maxPerDay: 3,
      },
    });
    expect(link.settings).toMatchObject({
      timeZone: 'Europe/Berlin',
      durations: [15, 45],
      defaultDuration: 45,
      excludedDates: [{ date: '2026-12-24' }],
      bufferAfterMinutes: 10,
      maxPerDay: 3,
      minNoticeMinutes: 240,
    });
    expect(link.settings.weeklyHours.sat).toEqual([{ start: '10:00', end: '12:00' }]);
    expect(link.settings.weeklyHours.mon).toEqual([]);
    expect(link.settings.weeklyHours.tue).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('names every semantically invalid setting', async () => {
    const { response, error } = await ann.api.POST('/bookings/links', {
      body: {
        title: 'Bad',
        settings: {
          timeZone: 'Mars/Olympus_Mons',
          weeklyHours: {
            mon: [
              { start: '09:00', end: '12:00' },
              { start: '11:00', end: '24:00' },
            ],
            tue: [{ start: '10:00', end: '09:00' }],
          },
          durations: [30, 60],
          defaultDuration: 45,
          minAdvanceDays: 10,
          maxAdvanceDays: 5,
        },
      },
    });
    expect(response.status).toBe(400);
    expect(error?.code).toBe('validation_failed');
    expect(error?.errors?.map((e) => e.path).sort()).toEqual([
      'settings.defaultDuration',
      'settings.maxAdvanceDays',
      'settings.timeZone',
      'settings.weeklyHours.mon[1]',
      'settings.weeklyHours.tue[0].end',
    ]);
  });

  it('rejects malformed fields through the schema, naming them', async () => {
    const { response, error } = await ann.api.POST('/bookings/links', {
      body: {
        title: '',
        settings: { durations: [3], weeklyHours: { wed: [{ start: '9:00', end: '17:00' }] } },
      },
    });
    expect(response.status).toBe(400);
    const paths = error?.errors?.map((e) => e.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'settings.durations[0]', 'settings.weeklyHours.wed[0].start']),
    );
  });

  it('refuses a template that is not one of the owner’s', async () => {
    const { response, error } = await ann.api.POST('/bookings/links', {
      body: { title: 'x', templateId: randomUUID() },
    });
    expect(response.status).toBe(400);
    expect(error?.errors).toEqual([{ path: 'templateId', message: 'does not name one of your templates' }]);
  });

  it('needs a token', async () => {
    const { response } = await t.anonymous.POST('/bookings/links', { body: { title: 'x' } });
    expect(response.status).toBe(401);
  });
});

describe('GET /bookings/links', () => {
  it('pages newest first with an opaque cursor and filters by state', async () => {
    const titles = ['one', 'two', 'three', 'four', 'five'];
    for (const title of titles) await createLink(ann, { title });
    const [first] = await ann.api
      .GET('/bookings/links', { params: { query: { limit: 2 } } })
      .then((r) => [r.data]);
    expect(first?.items.map((l) => l.title)).toEqual(['five', 'four']);
    const second = await ann.api.GET('/bookings/links', {
      params: { query: { limit: 2, cursor: first?.nextCursor ?? '' } },
    });
    expect(second.data?.items.map((l) => l.title)).toEqual(['three', 'two']);
    const third = await ann.api.GET('/bookings/links', {
      params: { query: { limit: 2, cursor: second.data?.nextCursor ?? '' } },
    });
    expect(third.data?.items.map((l) => l.title)).toEqual(['one']);
    expect(third.data?.nextCursor).toBeNull();

    const toToggle = first?.items[0]?.id ?? '';
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: toToggle } } });
    const inactive = await ann.api.GET('/bookings/links', { params: { query: { active: false } } });
    expect(inactive.data?.items.map((l) => l.id)).toEqual([toToggle]);
    const active = await ann.api.GET('/bookings/links', { params: { query: { active: true } } });
    expect(active.data?.items).toHaveLength(4);
  });

  it('rejects a bad limit and a forged cursor', async () => {
    const tooMany = await ann.api.GET('/bookings/links', { params: { query: { limit: 500 } } });
    expect(tooMany.response.status).toBe(400);
    expect(tooMany.error?.errors?.[0]?.path).toBe('query.limit');
    const forged = await ann.api.GET('/bookings/links', {
      params: { query: { cursor: 'bm90LWEtY3Vyc29y' } },
    });
    expect(forged.response.status).toBe(400);
    expect(forged.error?.code).toBe('invalid_cursor');
    expect(forged.error?.errors).toEqual([{ path: 'query.cursor', message: 'is not a valid cursor' }]);
  });

  it('refuses a well-formed cursor from year 0 on every list with 400 invalid_cursor', async () => {
    const yearZero = Buffer.from(
      JSON.stringify(['0000-01-01T00:00:00Z', 'da03d5de-e537-4bf3-ba2a-4bed977b2ed7']),
    ).toString('base64url');
    for (const path of [
      '/bookings/links',
      '/bookings/bookings',
      '/bookings/audit',
      '/bookings/templates',
    ] as const) {
      const response = await fetch(`${t.baseUrl}${path}?cursor=${yearZero}`, {
        headers: { authorization: `Bearer ${await t.tokenFor('ann@example.com')}` },
      });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(((await response.json()) as { code: string }).code, path).toBe('invalid_cursor');
    }
  });
});

describe('GET and PATCH /bookings/links/{id}', () => {
  it('reads a link and answers 404 for an unknown id and 400 for a malformed one', async () => {
    const link = await createLink(ann);
    const read = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: link.id } } });
    expect(read.data).toEqual(link);
    const unknown = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: randomUUID() } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error?.code).toBe('not_found');
    const malformed = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: 'nope' } } });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error?.errors?.[0]?.path).toBe('params.id');
  });

  it('merges a partial settings change and validates the result whole', async () => {
    const link = await createLink(ann, { settings: { durations: [30, 60] } });
    const patched = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { title: 'Renamed', settings: { weeklyHours: { fri: [] }, bufferBeforeMinutes: 5 } },
    });
    expect(patched.response.status).toBe(200);
    expect(patched.data?.title).toBe('Renamed');
    expect(patched.data?.settings).toMatchObject({ durations: [30, 60], bufferBeforeMinutes: 5 });
    expect(patched.data?.settings.weeklyHours.fri).toEqual([]);
    expect(patched.data?.settings.weeklyHours.thu).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(patched.data?.url).toBe(link.url);

    const invalid = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { settings: { durations: [60] } },
    });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.errors).toEqual([
      { path: 'settings.defaultDuration', message: 'must be one of the offered durations' },
    ]);
    const empty = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: {},
    });
    expect(empty.response.status).toBe(400);

    const unknown = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: randomUUID() } },
      body: { title: 'x' },
    });
    expect(unknown.response.status).toBe(404);
  });

  it('attaches and detaches one of the owner’s templates', async () => {
    const link = await createLink(ann);
    const template = await ann.api.POST('/bookings/templates', { body: { name: 'Q' } });
    const attached = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { templateId: template.data?.id ?? '' },
    });
    expect(attached.data?.templateId).toBe(template.data?.id);
    const detached = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { templateId: null },
    });
    expect(detached.data?.templateId).toBeNull();
  });
});

describe('POST /bookings/links/{id}:duplicate', () => {
  it('copies settings and template under a new token and leaves the original unchanged', async () => {
    const template = await ann.api.POST('/bookings/templates', { body: { name: 'Q' } });
    const original = await createLink(ann, {
      title: 'Consult',
      settings: { durations: [60], defaultDuration: 60 },
    });
    await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: original.id } },
      body: { templateId: template.data?.id ?? '' },
    });
    const before = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: original.id } } });

    const copy = await ann.api.POST('/bookings/links/{id}:duplicate', {
      params: { path: { id: original.id } },
    });
    expect(copy.response.status).toBe(201);
    expect(copy.data?.id).not.toBe(original.id);
    expect(copy.data?.title).toBe('Consult (copy)');
    expect(copy.data?.settings).toEqual(original.settings);
    expect(copy.data?.templateId).toBe(template.data?.id);
    expect(copy.data?.url).not.toBe(original.url);
    expect(
      await t.app.container.repositories.links.findByTokenHash(hashToken(tokenOf(copy.data?.url ?? ''))),
    ).not.toBeNull();

    const after = await ann.api.GET('/bookings/links/{id}', { params: { path: { id: original.id } } });
    expect(after.data).toEqual(before.data);

    const unknown = await ann.api.POST('/bookings/links/{id}:duplicate', {
      params: { path: { id: randomUUID() } },
    });
    expect(unknown.response.status).toBe(404);
  });
});

describe('POST /bookings/links/{id}:toggle', () => {
  it('disables and re-enables the link behind its public token at once', async () => {
    const link = await createLink(ann);
    const tokenHash = hashToken(tokenOf(link.url));
    const off = await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    expect(off.data?.isActive).toBe(false);
    expect((await t.app.container.repositories.links.findByTokenHash(tokenHash))?.isActive).toBe(false);
    const on = await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    expect(on.data?.isActive).toBe(true);
    expect((await t.app.container.repositories.links.findByTokenHash(tokenHash))?.isActive).toBe(true);

    const unknown = await ann.api.POST('/bookings/links/{id}:toggle', {
      params: { path: { id: randomUUID() } },
    });
    expect(unknown.response.status).toBe(404);
  });
});

describe('DELETE /bookings/links/{id}', () => {
  it('hides the link but keeps its bookings', async () => {
    const link = await createLink(ann);
    const bookingId = await insertBooking(t.database, {
      ownerId: ann.id,
      linkId: link.id,
      start: '2026-12-01T09:00:00Z',
      end: '2026-12-01T09:30:00Z',
    });
    const deleted = await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: link.id } } });
    expect(deleted.response.status).toBe(204);

    expect(
      (await ann.api.GET('/bookings/links/{id}', { params: { path: { id: link.id } } })).response.status,
    ).toBe(404);
    expect((await ann.api.GET('/bookings/links')).data?.items).toEqual([]);
    expect(await t.app.container.repositories.links.findByTokenHash(hashToken(tokenOf(link.url)))).toBeNull();
    const bookings = await ann.api.GET('/bookings/bookings');
    expect(bookings.data?.items.map((b) => b.id)).toEqual([bookingId]);
    expect(bookings.data?.items[0]?.linkTitle).toBe(link.title);

    const again = await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: link.id } } });
    expect(again.response.status).toBe(404);
    for (const call of [
      ann.api.PATCH('/bookings/links/{id}', { params: { path: { id: link.id } }, body: { title: 'x' } }),
      ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } }),
      ann.api.POST('/bookings/links/{id}:duplicate', { params: { path: { id: link.id } } }),
    ]) {
      expect((await call).response.status).toBe(404);
    }
  });
});

describe('GET /bookings/links/{id}/analytics', () => {
  const record = (linkId: string, kind: 'view' | 'booked', at: string) =>
    t.app.container.repositories.analytics.record({ linkId, kind, occurredAt: new Date(at) });

  it('counts views and bookings per local day of the link’s zone, zeros included', async () => {
    const link = await createLink(ann, { settings: { timeZone: 'Europe/Berlin' } });
    // 23:30 UTC on 1 March is already 2 March in Berlin.
    await record(link.id, 'view', '2026-03-01T10:00:00Z');
    await record(link.id, 'view', '2026-03-01T23:30:00Z');
    await record(link.id, 'view', '2026-03-02T08:00:00Z');
    await record(link.id, 'booked', '2026-03-02T08:05:00Z');
    await record(link.id, 'view', '2026-03-04T12:00:00Z');
    await record(link.id, 'view', '2026-03-05T00:30:00Z');

    const { data, response } = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id }, query: { from: '2026-03-01', to: '2026-03-04' } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({
      from: '2026-03-01',
      to: '2026-03-04',
      timeZone: 'Europe/Berlin',
      views: 4,
      bookings: 1,
      cancellations: 0,
      reschedules: 0,
      conversionRate: 0.25,
      series: [
        { date: '2026-03-01', views: 1, bookings: 0, cancellations: 0, reschedules: 0 },
        { date: '2026-03-02', views: 2, bookings: 1, cancellations: 0, reschedules: 0 },
        { date: '2026-03-03', views: 0, bookings: 0, cancellations: 0, reschedules: 0 },
        { date: '2026-03-04', views: 1, bookings: 0, cancellations: 0, reschedules: 0 },
      ],
    });
  });

  it('writes a batch of page views in one go, counting rows that stand for several, dropping only the views of a link deleted meanwhile', async () => {
    const kept = await createLink(ann, { settings: { timeZone: 'UTC' } });
    const deleted = await createLink(ann);
    await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: deleted.id } } });
    const views = [
      { linkId: kept.id, referrerOrigin: 'https://example.org', at: '2026-03-01T10:00:00Z' },
      { linkId: deleted.id, referrerOrigin: null, at: '2026-03-01T11:00:00Z' },
      { linkId: kept.id, referrerOrigin: null, at: '2026-03-02T09:00:00Z' },
      // A second's views from one origin, gathered into one row by the page-view buffer.
      { linkId: kept.id, referrerOrigin: null, at: '2026-03-02T09:00:01Z', count: 3 },
    ];
    await t.app.container.repositories.analytics.recordMany(
      views.map((v) => ({
        linkId: v.linkId,
        kind: 'view' as const,
        referrerOrigin: v.referrerOrigin,
        occurredAt: new Date(v.at),
        ...(v.count ? { count: v.count } : {}),
      })),
    );
    const { data } = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: kept.id }, query: { from: '2026-03-01', to: '2026-03-02' } },
    });
    expect(data?.series.map((day) => day.views)).toEqual([1, 4]);
  });

  it('answers a conversion of 0 without views, and defaults to the last 30 days', async () => {
    const link = await createLink(ann);
    const { data } = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id } },
    });
    expect(data?.views).toBe(0);
    expect(data?.conversionRate).toBe(0);
    expect(data?.series).toHaveLength(30);
    expect(data?.series.every((day) => day.views === 0 && day.bookings === 0)).toBe(true);
  });

  it('rejects an inverted or malformed range and an unknown link', async () => {
    const link = await createLink(ann);
    const inverted = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id }, query: { from: '2026-03-05', to: '2026-03-01' } },
    });
    expect(inverted.response.status).toBe(400);
    expect(inverted.error?.errors).toEqual([{ path: 'query.to', message: 'must not be before from' }]);
    const malformed = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: link.id }, query: { from: '2026-02-30' } },
    });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error?.errors?.[0]?.path).toBe('query.from');
    const unknown = await ann.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: randomUUID() } },
    });
    expect(unknown.response.status).toBe(404);
  });
});
