import type { operations } from '@bookings/api-client';
import { describe, expect, it } from 'vitest';
import { insertBooking } from '../factories/bookings';
import { createLink, useOwnerSession } from '../factories/owner-session';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp({ clock: '2026-06-10T12:00:00.000Z' });
const ann = useOwnerSession(t, 'ann@example.com');
const bob = useOwnerSession(t, 'bob@example.com');

type Query = NonNullable<operations['listBookings']['parameters']['query']>;

const at = (day: number) => {
  const date = `2026-06-${String(day).padStart(2, '0')}`;
  return { start: `${date}T09:00:00Z`, end: `${date}T09:30:00Z` };
};

/** Ann's bookings over two links, one per day, with names and emails chosen to tell the filters apart. */
async function seed() {
  const intro = await createLink(ann, { title: 'Intro' });
  const demo = await createLink(ann, { title: 'Demo' });
  const book = (day: number, linkId: string, name: string, email: string, status?: 'cancelled') =>
    insertBooking(t.database, {
      ownerId: ann.id,
      linkId,
      ...at(day),
      recipientName: name,
      recipientEmail: email,
      ...(status ? { status } : {}),
    });
  const ids = {
    dana: await book(1, intro.id, 'Dana Scully', 'dana@fbi.example'),
    danny: await book(3, demo.id, 'Danny Ocean', 'danny@casino.example', 'cancelled'),
    olga: await book(5, intro.id, 'Olga', 'OLGA.DANIELS@example.com'),
    percent: await book(7, demo.id, '100% Pure', 'pure@example.com'),
    under: await book(9, intro.id, 'snake_case', 'snake@example.com'),
    backslash: await book(11, demo.id, 'Back\\slash', 'back@example.com'),
    plain: await book(13, intro.id, 'Plain Percy', 'percy@example.com'),
  };
  return { intro, demo, ids };
}

async function listIds(query: Query) {
  const { data, response, error } = await ann.api.GET('/bookings/bookings', { params: { query } });
  if (!data) throw new Error(`list failed with ${response.status}: ${JSON.stringify(error)}`);
  return { ids: data.items.map((booking) => booking.id), nextCursor: data.nextCursor };
}

describe('GET /bookings/bookings: search and filters', () => {
  it('searches recipient names and emails, ignoring case', async () => {
    const { ids } = await seed();
    expect((await listIds({ q: 'DAN' })).ids).toEqual([ids.dana, ids.danny, ids.olga]);
    expect((await listIds({ q: 'casino.EXAMPLE' })).ids).toEqual([ids.danny]);
    expect((await listIds({ q: 'scully' })).ids).toEqual([ids.dana]);
    expect((await listIds({ q: 'nobody' })).ids).toEqual([]);
  });

  it('reads %, _ and \\ in the search as plain characters', async () => {
    const { ids } = await seed();
    expect((await listIds({ q: '%' })).ids).toEqual([ids.percent]);
    expect((await listIds({ q: '0% P' })).ids).toEqual([ids.percent]);
    expect((await listIds({ q: '_' })).ids).toEqual([ids.under]);
    expect((await listIds({ q: 'e_c' })).ids).toEqual([ids.under]);
    expect((await listIds({ q: '\\' })).ids).toEqual([ids.backslash]);
    expect((await listIds({ q: 'k\\s' })).ids).toEqual([ids.backslash]);
  });

  it('treats a blank search as no search and refuses an overlong one', async () => {
    const { ids } = await seed();
    expect((await listIds({ q: '   ' })).ids).toHaveLength(Object.keys(ids).length);
    const long = await ann.api.GET('/bookings/bookings', { params: { query: { q: 'x'.repeat(201) } } });
    expect(long.response.status).toBe(400);
    expect(long.error?.code).toBe('validation_failed');
    expect(long.error?.errors?.[0]?.path).toBe('query.q');
  });

  it('filters by link, by status and by date range, each alone', async () => {
    const { demo, ids } = await seed();
    expect((await listIds({ linkId: demo.id })).ids).toEqual([ids.danny, ids.percent, ids.backslash]);
    expect((await listIds({ status: 'cancelled' })).ids).toEqual([ids.danny]);
    expect((await listIds({ from: '2026-06-05T09:15:00Z', to: '2026-06-09T09:00:00Z' })).ids).toEqual([
      ids.olga,
      ids.percent,
    ]);
  });

  it('combines the search with link, status and date range', async () => {
    const { intro, demo, ids } = await seed();
    expect((await listIds({ q: 'dan', linkId: intro.id })).ids).toEqual([ids.dana, ids.olga]);
    expect((await listIds({ q: 'dan', status: 'confirmed' })).ids).toEqual([ids.dana, ids.olga]);
    expect((await listIds({ q: 'dan', status: 'cancelled', linkId: demo.id })).ids).toEqual([ids.danny]);
    expect((await listIds({ q: 'dan', status: 'cancelled', linkId: intro.id })).ids).toEqual([]);
    expect(
      (
        await listIds({
          q: 'example',
          linkId: intro.id,
          from: '2026-06-04T00:00:00Z',
          to: '2026-06-12T00:00:00Z',
        })
      ).ids,
    ).toEqual([ids.olga, ids.under]);
    expect((await listIds({ q: 'pure', when: 'past', status: 'confirmed' })).ids).toEqual([ids.percent]);
  });

  it('pages through a filtered list without losing or repeating a booking', async () => {
    const { ids } = await seed();
    const expected = [ids.dana, ids.danny, ids.olga];
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listIds>> = await listIds({
        q: 'dan',
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.ids);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(expected);
    expect(pages).toBe(expected.length);
  });

  it('pages latest first through past bookings matching a search', async () => {
    const { ids } = await seed();
    const first = await listIds({ q: 'dan', when: 'past', limit: 2 });
    expect(first.ids).toEqual([ids.olga, ids.danny]);
    const second = await listIds({ q: 'dan', when: 'past', limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.ids).toEqual([ids.dana]);
    expect(second.nextCursor).toBeNull();
  });

  it('shows nothing for another owner’s link, and never another owner’s bookings', async () => {
    const { intro } = await seed();
    const bobs = await createLink(bob, { title: 'Bob’s link' });
    await insertBooking(t.database, {
      ownerId: bob.id,
      linkId: bobs.id,
      ...at(2),
      recipientName: 'Dana Bob-guest',
      recipientEmail: 'dana@bob.example',
    });
    expect((await listIds({ linkId: bobs.id })).ids).toEqual([]);
    expect((await listIds({ q: 'bob' })).ids).toEqual([]);
    const bobsView = await bob.api.GET('/bookings/bookings', { params: { query: { linkId: intro.id } } });
    expect(bobsView.data?.items).toEqual([]);
  });
});
