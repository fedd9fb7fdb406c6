import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomTokens } from '../../src/adapters/crypto/tokens';
import { migrationsFolder } from '../../src/adapters/db/client';
import { insertBooking } from '../factories/bookings';
import { createLink, useOwnerSession } from '../factories/owner-session';
import { dumpDatabase } from '../support/dump-database';
import { useTestApp } from '../support/use-test-app';

// Monday 1 June 2026, 08:00 UTC. Links below use UTC, Mon–Fri 09:00–17:00, 30 min, 4 h notice.
const NOW = '2026-06-01T08:00:00.000Z';
const t = useTestApp({ clock: NOW });
const { clock } = t;
const ann = useOwnerSession(t, 'ann@example.com');

const createOneTime = (linkId: string, body: Record<string, unknown> = {}) =>
  ann.api.POST('/bookings/links/{id}/one-time', {
    params: { path: { id: linkId } },
    body: { recipientEmail: 'dana@example.com', ...body },
  });

describe('POST /bookings/links/{id}/one-time', () => {
  it('creates a one-time link whose URL the list shows again', async () => {
    const link = await createLink(ann);
    const { data, response } = await createOneTime(link.id, {
      recipientName: 'Dana',
      recipientEmail: 'Dana@Example.com',
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      linkId: link.id,
      recipientEmail: 'dana@example.com',
      recipientName: 'Dana',
      status: 'active',
      expiresAt: '2026-06-08T08:00:00.000Z',
      pickedSlots: null,
      bookingId: null,
    });
    expect(data?.url).toMatch(/^http:\/\/bookings\.test\/public\/bookings\/[A-Za-z0-9_-]{43}$/);
    expect(data?.url).not.toBe(link.url);

    const list = await ann.api.GET('/bookings/links/{id}/one-time', { params: { path: { id: link.id } } });
    expect(list.data?.items).toHaveLength(1);
    expect(list.data?.items[0]?.url).toBe(data?.url);
  });

  it('validates the body, naming each field', async () => {
    const link = await createLink(ann);
    const { response, error } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'not-an-email', expiresInDays: 91 },
    });
    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path).sort()).toEqual(['expiresInDays', 'recipientEmail']);
  });

  it('accepts picked slots that are free slots of the link', async () => {
    const link = await createLink(ann, { settings: { durations: [30, 60] } });
    const pickedSlots = [
      { start: '2026-06-02T09:00:00.000Z', end: '2026-06-02T09:30:00.000Z' },
      { start: '2026-06-03T14:00:00.000Z', end: '2026-06-03T15:00:00.000Z' },
    ];
    const { data, response } = await createOneTime(link.id, { pickedSlots });
    expect(response.status).toBe(201);
    expect(data?.pickedSlots).toEqual(pickedSlots);
  });

  it('names every picked slot the link would not offer', async () => {
    const link = await createLink(ann);
    const other = await createLink(ann, { title: 'Other' });
    await insertBooking(t.database, {
      ownerId: ann.id,
      linkId: other.id,
      start: '2026-06-03T10:00:00Z',
      end: '2026-06-03T10:30:00Z',
    });
    const { response, error } = await createOneTime(link.id, {
      pickedSlots: [
        { start: '2026-06-06T10:00:00Z', end: '2026-06-06T10:30:00Z' }, // Saturday
        { start: '2026-06-02T09:10:00Z', end: '2026-06-02T09:40:00Z' }, // off the grid
        { start: '2026-06-03T10:00:00Z', end: '2026-06-03T10:30:00Z' }, // booked through another link
        { start: '2026-06-01T09:00:00Z', end: '2026-06-01T09:30:00Z' }, // inside the 4 h notice
        { start: '2026-06-04T09:00:00Z', end: '2026-06-04T09:45:00Z' }, // 45 min is not offered
        { start: '2026-06-05T10:00:00Z', end: '2026-06-05T09:30:00Z' }, // ends before it starts
      ],
    });
    expect(response.status).toBe(400);
    expect(error?.code).toBe('validation_failed');
    const byPath = Object.fromEntries((error?.errors ?? []).map((e) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      'pickedSlots[0]': expect.stringMatching(/business hours/),
      'pickedSlots[1]': expect.stringMatching(/grid/),
      'pickedSlots[2]': expect.stringMatching(/overlaps a booking/),
      'pickedSlots[3]': expect.stringMatching(/notice/),
      'pickedSlots[4]': expect.stringMatching(/duration/),
      'pickedSlots[5].end': 'must be after start',
    });
    const list = await ann.api.GET('/bookings/links/{id}/one-time', { params: { path: { id: link.id } } });
    expect(list.data?.items).toEqual([]);
  });

  it('answers 404 for an unknown link and 401 without a token', async () => {
    expect((await createOneTime(randomUUID())).response.status).toBe(404);
    const anonymous = await t.anonymous.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: randomUUID() } },
      body: { recipientEmail: 'dana@example.com' },
    });
    expect(anonymous.response.status).toBe(401);
  });
});

describe('status and revocation', () => {
  it('derives expired from the clock, without any write', async () => {
    const link = await createLink(ann);
    await createOneTime(link.id, { expiresInDays: 1 });
    const statusNow = async () =>
      (await ann.api.GET('/bookings/links/{id}/one-time', { params: { path: { id: link.id } } })).data
        ?.items[0]?.status;
    expect(await statusNow()).toBe('active');
    clock.advanceDays(1);
    expect(await statusNow()).toBe('expired');
  });

  it('revokes once, idempotently, and refuses to revoke a booked link', async () => {
    const link = await createLink(ann);
    const created = await createOneTime(link.id);
    const oid = created.data?.id ?? '';
    const revoked = await ann.api.POST('/bookings/one-time/{oid}:revoke', { params: { path: { oid } } });
    expect(revoked.data?.status).toBe('revoked');
    expect(revoked.data?.url).toBe(created.data?.url);
    const again = await ann.api.POST('/bookings/one-time/{oid}:revoke', { params: { path: { oid } } });
    expect(again.response.status).toBe(200);
    expect(again.data?.status).toBe('revoked');

    const booked = await createOneTime(link.id);
    await t.database.db.execute(
      sql`UPDATE one_time_links SET status = 'booked' WHERE id = ${booked.data?.id ?? ''}`,
    );
    const refused = await ann.api.POST('/bookings/one-time/{oid}:revoke', {
      params: { path: { oid: booked.data?.id ?? '' } },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.code).toBe('one_time_link_booked');

    const statuses = await ann.api.GET('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
    });
    expect(statuses.data?.items.map((item) => item.status)).toEqual(['booked', 'revoked']);
  });

  it('answers 404 for unknown ids and for one-time links of a deleted link', async () => {
    const unknown = await ann.api.POST('/bookings/one-time/{oid}:revoke', {
      params: { path: { oid: randomUUID() } },
    });
    expect(unknown.response.status).toBe(404);
    const link = await createLink(ann);
    const created = await createOneTime(link.id);
    await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: link.id } } });
    const orphan = await ann.api.POST('/bookings/one-time/{oid}:revoke', {
      params: { path: { oid: created.data?.id ?? '' } },
    });
    expect(orphan.response.status).toBe(404);
    const list = await ann.api.GET('/bookings/links/{id}/one-time', { params: { path: { id: link.id } } });
    expect(list.response.status).toBe(404);
  });

  it('pages the list newest first', async () => {
    const link = await createLink(ann);
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await createOneTime(link.id, { recipientEmail: email });
    }
    const first = await ann.api.GET('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id }, query: { limit: 2 } },
    });
    expect(first.data?.items.map((item) => item.recipientEmail)).toEqual(['c@example.com', 'b@example.com']);
    const second = await ann.api.GET('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id }, query: { limit: 2, cursor: first.data?.nextCursor ?? '' } },
    });
    expect(second.data?.items.map((item) => item.recipientEmail)).toEqual(['a@example.com']);
    expect(second.data?.nextCursor).toBeNull();
  });
});

describe('tokens at rest', () => {
  it('leaves no public token in clear anywhere in the database', async () => {
    const link = await createLink(ann);
    const tokens = [link.url.split('/').at(-1) ?? ''];
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      const created = await createOneTime(link.id, {
        recipientEmail: email,
        pickedSlots: [{ start: '2026-06-02T09:00:00Z', end: '2026-06-02T09:30:00Z' }],
      });
      tokens.push(created.data?.url.split('/').at(-1) ?? '');
    }
    expect(tokens.every((token) => token.length === 43)).toBe(true);

    const dump = await dumpDatabase(t.database);
    expect(dump.some((row) => row.startsWith('one_time_links '))).toBe(true);
    for (const token of tokens) {
      expect(dump.filter((row) => row.includes(token))).toEqual([]);
    }
  });
});

describe('migration 0011', () => {
  const migration = readFileSync(join(migrationsFolder, '0011_one_time_link_sealed_token.sql'), 'utf8');

  it('keeps links made before it working, without a URL to show, and seals the tokens of new ones', async () => {
    const link = await createLink(ann);
    // As the table was before: the token's hash only.
    await t.database.db.execute(sql`ALTER TABLE one_time_links DROP COLUMN token_sealed`);
    const old = randomTokens.generate();
    await t.database.db.execute(sql`
      INSERT INTO one_time_links (link_id, owner_id, token_hash, recipient_email, expires_at, created_at)
      VALUES (${link.id}, ${ann.id}, ${old.hash}, 'old@example.com', '2026-06-05T08:00:00Z', '2026-05-31T08:00:00Z')`);
    await t.database.db.execute(sql.raw(migration));

    const created = await createOneTime(link.id);
    const list = await ann.api.GET('/bookings/links/{id}/one-time', { params: { path: { id: link.id } } });
    expect(list.data?.items.map((item) => [item.recipientEmail, item.url])).toEqual([
      ['dana@example.com', created.data?.url],
      ['old@example.com', null],
    ]);
    const opened = await t.anonymous.GET('/bookings/public/{token}', {
      params: { path: { token: old.token } },
    });
    expect(opened.response.status).toBe(200);
  });
});
