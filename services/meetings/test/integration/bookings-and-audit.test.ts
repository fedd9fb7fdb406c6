import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertBooking } from '../factories/bookings';
import { createLink, useOwnerSession } from '../factories/owner-session';
import { useTestApp } from '../support/use-test-app';

const NOW = '2026-06-10T12:00:00.000Z';
const t = useTestApp({ clock: NOW });
const { clock } = t;
const ann = useOwnerSession(t, 'ann@example.com');

describe('GET /bookings/bookings', () => {
  async function seed() {
    const intro = await createLink(ann, { title: 'Intro' });
    const demo = await createLink(ann, { title: 'Demo' });
    const at = (day: number) => ({
      start: `2026-06-${String(day).padStart(2, '0')}T09:00:00Z`,
      end: `2026-06-${String(day).padStart(2, '0')}T09:30:00Z`,
    });
    const ids = {
      past1: await insertBooking(t.database, { ownerId: ann.id, linkId: intro.id, ...at(1) }),
      past2: await insertBooking(t.database, { ownerId: ann.id, linkId: demo.id, ...at(5) }),
      next1: await insertBooking(t.database, {
        ownerId: ann.id,
        linkId: intro.id,
        ...at(15),
        recipientName: 'Olga',
        recipientEmail: 'olga@example.com',
        answers: { company: 'Acme' },
        calendarEventId: 'evt-1',
      }),
      next2: await insertBooking(t.database, {
        ownerId: ann.id,
        linkId: demo.id,
        ...at(20),
        status: 'cancelled',
      }),
    };
    return { intro, demo, ids };
  }

  it('lists every booking with recipient, answers, status, event id and link', async () => {
    const { intro, ids } = await seed();
    const { data, response } = await ann.api.GET('/bookings/bookings');
    expect(response.status).toBe(200);
    expect(data?.items.map((b) => b.id)).toEqual([ids.past1, ids.past2, ids.next1, ids.next2]);
    expect(data?.items[2]).toMatchObject({
      linkId: intro.id,
      linkTitle: 'Intro',
      status: 'confirmed',
      start: '2026-06-15T09:00:00.000Z',
      end: '2026-06-15T09:30:00.000Z',
      recipient: { name: 'Olga', email: 'olga@example.com', timeZone: 'Europe/Berlin' },
      answers: { company: 'Acme' },
      calendarEventId: 'evt-1',
      oneTimeLinkId: null,
      cancelledAt: null,
    });
    expect(data?.items[3]?.status).toBe('cancelled');
  });

  it('filters by link, time range and upcoming/past', async () => {
    const { demo, ids } = await seed();
    const ofLink = await ann.api.GET('/bookings/bookings', { params: { query: { linkId: demo.id } } });
    expect(ofLink.data?.items.map((b) => b.id)).toEqual([ids.past2, ids.next2]);
    const upcoming = await ann.api.GET('/bookings/bookings', { params: { query: { when: 'upcoming' } } });
    expect(upcoming.data?.items.map((b) => b.id)).toEqual([ids.next1, ids.next2]);
    const past = await ann.api.GET('/bookings/bookings', { params: { query: { when: 'past' } } });
    expect(past.data?.items.map((b) => b.id)).toEqual([ids.past2, ids.past1]);
    const range = await ann.api.GET('/bookings/bookings', {
      params: { query: { from: '2026-06-04T00:00:00Z', to: '2026-06-16T00:00:00Z' } },
    });
    expect(range.data?.items.map((b) => b.id)).toEqual([ids.past2, ids.next1]);
  });

  it('filters by status, alone or with upcoming/past', async () => {
    const { ids } = await seed();
    const cancelled = await ann.api.GET('/bookings/bookings', { params: { query: { status: 'cancelled' } } });
    expect(cancelled.data?.items.map((b) => b.id)).toEqual([ids.next2]);
    const confirmed = await ann.api.GET('/bookings/bookings', {
      params: { query: { status: 'confirmed', when: 'upcoming' } },
    });
    expect(confirmed.data?.items.map((b) => b.id)).toEqual([ids.next1]);
    const unknown = await ann.api.GET('/bookings/bookings', {
      params: { query: { status: 'deleted' as 'cancelled' } },
    });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error?.errors?.[0]?.path).toBe('query.status');
  });

  it('pages with a cursor', async () => {
    const { ids } = await seed();
    const first = await ann.api.GET('/bookings/bookings', { params: { query: { limit: 3 } } });
    expect(first.data?.items.map((b) => b.id)).toEqual([ids.past1, ids.past2, ids.next1]);
    const second = await ann.api.GET('/bookings/bookings', {
      params: { query: { limit: 3, cursor: first.data?.nextCursor ?? '' } },
    });
    expect(second.data?.items.map((b) => b.id)).toEqual([ids.next2]);
    expect(second.data?.nextCursor).toBeNull();
  });

  it('rejects invalid filters and needs a token', async () => {
    const badWhen = await ann.api.GET('/bookings/bookings', {
      params: { query: { when: 'someday' as 'past' } },
    });
    expect(badWhen.response.status).toBe(400);
    expect(badWhen.error?.errors?.[0]?.path).toBe('query.when');
    const inverted = await ann.api.GET('/bookings/bookings', {
      params: { query: { from: '2026-06-16T00:00:00Z', to: '2026-06-04T00:00:00Z' } },
    });
    expect(inverted.response.status).toBe(400);
    expect(inverted.error?.errors).toEqual([{ path: 'query.to', message: 'must be after from' }]);
    expect((await t.anonymous.GET('/bookings/bookings')).response.status).toBe(401);
  });

  it('answers an empty list for a link id that is not the owner’s', async () => {
    await seed();
    const { data } = await ann.api.GET('/bookings/bookings', { params: { query: { linkId: randomUUID() } } });
    expect(data?.items).toEqual([]);
  });
});

describe('GET /bookings/audit', () => {
  it('records every change of links, templates and one-time links with actor and summary', async () => {
    const template = await ann.api.POST('/bookings/templates', { body: { name: 'Q' } });
    const templateId = template.data?.id ?? '';
    await ann.api.PATCH('/bookings/templates/{id}', {
      params: { path: { id: templateId } },
      body: { name: 'Q2' },
    });
    const fromLibrary = await ann.api.POST('/bookings/templates/library/{key}:use', {
      params: { path: { key: 'intro-call' } },
    });
    const link = await createLink(ann, { title: 'Intro' });
    await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { title: 'Intro 2', settings: { durations: [30, 60] } },
    });
    const copy = await ann.api.POST('/bookings/links/{id}:duplicate', { params: { path: { id: link.id } } });
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    const oneTime = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com' },
    });
    await ann.api.POST('/bookings/one-time/{oid}:revoke', {
      params: { path: { oid: oneTime.data?.id ?? '' } },
    });
    await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: copy.data?.id ?? '' } } });
    await ann.api.DELETE('/bookings/templates/{id}', { params: { path: { id: templateId } } });

    const { data } = await ann.api.GET('/bookings/audit', { params: { query: { limit: 100 } } });
    const entries = data?.items ?? [];
    expect(entries.every((entry) => entry.actor === `owner:${ann.id}`)).toBe(true);
    expect(entries.every((entry) => entry.occurredAt === NOW)).toBe(true);
    expect(entries.map((entry) => `${entry.action} ${entry.targetId}`).sort()).toEqual(
      [
        `template.created ${templateId}`,
        `template.updated ${templateId}`,
        `template.created ${fromLibrary.data?.id}`,
        `link.created ${link.id}`,
        `link.updated ${link.id}`,
        `link.duplicated ${copy.data?.id}`,
        `link.disabled ${link.id}`,
        `one_time_link.created ${oneTime.data?.id}`,
        `one_time_link.revoked ${oneTime.data?.id}`,
        `link.deleted ${copy.data?.id}`,
        `template.deleted ${templateId}`,
      ].sort(),
    );
    const update = entries.find((entry) => entry.action === 'link.updated');
    expect(update?.summary).toBe('changed title, settings.durations');
    expect(entries.find((entry) => entry.action === 'link.duplicated')?.summary).toBe(
      `copied from link ${link.id}`,
    );

    const aboutLink = await ann.api.GET('/bookings/audit', { params: { query: { targetId: link.id } } });
    expect(aboutLink.data?.items.map((entry) => entry.action).sort()).toEqual([
      'link.created',
      'link.disabled',
      'link.updated',
    ]);
  });

  it('writes nothing when the change itself fails (same transaction)', async () => {
    const link = await createLink(ann);
    const before = (await ann.api.GET('/bookings/audit')).data?.items.length;
    const failed = await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { title: 'Changed', templateId: randomUUID() },
    });
    expect(failed.response.status).toBe(400);
    expect((await ann.api.GET('/bookings/audit')).data?.items.length).toBe(before);
    expect(
      (await ann.api.GET('/bookings/links/{id}', { params: { path: { id: link.id } } })).data?.title,
    ).toBe('Intro call');
  });

  it('pages newest first, validates its query and needs a token', async () => {
    for (const title of ['a', 'b', 'c']) {
      await createLink(ann, { title });
      clock.advanceDays(1);
    }
    const first = await ann.api.GET('/bookings/audit', { params: { query: { limit: 2 } } });
    expect(first.data?.items.map((entry) => entry.summary)).toEqual(['created "c"', 'created "b"']);
    const second = await ann.api.GET('/bookings/audit', {
      params: { query: { limit: 2, cursor: first.data?.nextCursor ?? '' } },
    });
    expect(second.data?.items.map((entry) => entry.summary)).toEqual(['created "a"']);
    const bad = await ann.api.GET('/bookings/audit', { params: { query: { targetId: 'nope' } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.errors?.[0]?.path).toBe('query.targetId');
    expect((await t.anonymous.GET('/bookings/audit')).response.status).toBe(401);
  });
});
