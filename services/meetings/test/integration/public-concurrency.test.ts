import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/adapters/db/client';
import { useOwnerSession } from '../factories/owner-session';
import { bookingBody, createPublicLink, tokenOf } from '../factories/public-links';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Races are real only where requests really run at once: on PostgreSQL (CI's second run) many connections
// contend; on PGlite the single connection serialises them, and the answers must be the same.
const NOW = '2026-06-01T08:00:00.000Z';
const t = useTestApp({ clock: NOW, env: UNLIMITED_PUBLIC_API });
const ann = useOwnerSession(t, 'ann@example.com');

async function bookRaw(baseUrl: string, token: string, body: object): Promise<number> {
  const response = await fetch(`${baseUrl}/bookings/public/${token}/book`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

const confirmedRows = async () =>
  queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM bookings WHERE status = 'confirmed'`,
  );

describe('never double-booked', () => {
  it('200 concurrent requests for one slot: exactly one 201, 199 × 409, one row', async () => {
    const { token } = await createPublicLink(ann);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        bookRaw(t.baseUrl, token, bookingBody('2026-06-02T08:00:00Z', { email: `r${i}@example.com` })),
      ),
    );
    expect(tally(statuses)).toEqual({ 201: 1, 409: 199 });
    expect(await confirmedRows()).toEqual([{ n: 1 }]);
  });

  it('50 concurrent bookings through one one-time link, for different slots: exactly one 201', async () => {
    const { link } = await createPublicLink(ann);
    const { data } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: link.id } },
      body: { recipientEmail: 'dana@example.com' },
    });
    const token = tokenOf(data?.url ?? '');
    // 50 distinct half hours over Tuesday to Friday (16 a day).
    const starts = Array.from({ length: 50 }, (_, i) => {
      const day = 2 + Math.floor(i / 16);
      const minutes = (i % 16) * 30;
      return new Date(Date.UTC(2026, 5, day, 7, minutes)).toISOString();
    });
    const statuses = await Promise.all(starts.map((start) => bookRaw(t.baseUrl, token, bookingBody(start))));
    expect(tally(statuses)).toEqual({ 201: 1, 410: 49 });
    expect(await confirmedRows()).toEqual([{ n: 1 }]);
  });

  it('maxPerDay 3 and 20 concurrent bookings of different slots that day: exactly 3 succeed', async () => {
    const { token } = await createPublicLink(ann, {
      settings: { maxPerDay: 3, durations: [15], defaultDuration: 15 },
    });
    const starts = Array.from({ length: 20 }, (_, i) =>
      new Date(Date.UTC(2026, 5, 2, 7, 0) + i * 15 * 60_000).toISOString(),
    );
    const statuses = await Promise.all(
      starts.map((start, i) =>
        bookRaw(t.baseUrl, token, bookingBody(start, { duration: 15, email: `r${i}@example.com` })),
      ),
    );
    expect(tally(statuses)[201]).toBe(3);
    expect(await confirmedRows()).toEqual([{ n: 3 }]);
  });

  // Two instances need a database server both can reach; embedded PGlite lives inside one process.
  it.runIf(process.env.DATABASE_URL)(
    'two service instances on one PostgreSQL database: still exactly one',
    async () => {
      const { token } = await createPublicLink(ann);
      if (!t.database.url) throw new Error('needs a PostgreSQL URL');
      const second = await t.startApp({ env: { DATABASE_URL: t.database.url }, ownDatabase: true });
      try {
        const statuses = await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            bookRaw(
              i % 2 === 0 ? t.baseUrl : second.baseUrl,
              token,
              bookingBody('2026-06-02T08:00:00Z', { email: `r${i}@example.com` }),
            ),
          ),
        );
        expect(tally(statuses)).toEqual({ 201: 1, 409: 199 });
        expect(await confirmedRows()).toEqual([{ n: 1 }]);
      } finally {
        await second.close();
      }
    },
  );
});
