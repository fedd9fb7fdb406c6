import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOwner } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { findPostgresServer } from '../support/test-database';
import { useTestApp, useTestDatabase } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';

/*
 * The owner's row lock (`lockOwner`) serialises an owner's bookings, so each one checks the rules against every
 * booking committed before it. PGlite runs every transaction on one connection, one after another, so it can
 * never show a race: this file runs on real PostgreSQL in every run that can reach a server (the PGlite run
 * included), on a database of its own that it drops afterwards.
 *
 * The race is on the daily cap, a rule only the lock protects. The exclusion constraint already refuses two
 * meetings at one time, and a one-time link is consumed by a conditional UPDATE that a second transaction waits
 * on; but two meetings at different times of a day capped at one meet no constraint: only the lock makes the
 * second request count the first.
 *
 * To make the race certain rather than likely, a trigger created here holds every booking INSERT at a gate (a
 * shared advisory lock the test holds exclusively) until two transactions are waiting on locks: without the
 * owner lock, both requests have read "no booking today" and wait at the gate; with it, the first waits at the
 * gate and the second on the owner's row, before it has read anything. Then the gate opens.
 */
const server = await findPostgresServer();
const GATE = 15_010;
const NOW = '2026-06-01T08:00:00.000Z';

if (!server) {
  console.warn(
    'owner-lock-race.test.ts skipped: no PostgreSQL server at DATABASE_URL or 127.0.0.1:5432 (PGlite cannot race)',
  );
}

// Skipped only without a reachable PostgreSQL server: PGlite serialises everything, so there is no race to show.
describe.runIf(server)('the owner lock on real PostgreSQL', () => {
  const file = useTestDatabase({ serverUrl: server ?? undefined });
  const t = useTestApp({ database: file, clock: NOW, env: UNLIMITED_PUBLIC_API });
  let gate: pg.Client;

  beforeAll(async () => {
    const url = file.database.url;
    if (!url) throw new Error('the race needs a database on a PostgreSQL server');
    gate = new pg.Client({ connectionString: url });
    await gate.connect();
    await gate.query(`
      CREATE FUNCTION test_hold_booking_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(${GATE});
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_hold_booking_insert BEFORE INSERT ON bookings
        FOR EACH ROW EXECUTE FUNCTION test_hold_booking_insert();
    `);
  });
  afterAll(async () => {
    await gate?.end();
  });

  /** Backends of this database waiting for a lock (the gate, or another transaction's row). */
  async function waitingOnLocks(): Promise<number> {
    const { rows } = await gate.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0]?.waiting ?? 0;
  }

  it('books one of two concurrent requests for different times of a day capped at one meeting', async () => {
    const owner = await signInOwner(t, 'ann@example.com');
    const { token } = await createPublicLink(owner, { settings: { maxPerDay: 1 } });
    const book = (start: string) =>
      t.anonymous.POST('/bookings/public/{token}/book', {
        params: { path: { token } },
        body: bookingBody(start),
      });

    await gate.query('SELECT pg_advisory_lock($1)', [GATE]);
    let requests: Promise<Awaited<ReturnType<typeof book>>>[];
    try {
      // 10:00 and 13:00 in Berlin on Tuesday: apart, so only the cap can refuse one of them.
      requests = [book('2026-06-02T08:00:00Z'), book('2026-06-02T11:00:00Z')];
      await waitFor(async () => {
        const waiting = await waitingOnLocks();
        if (waiting !== 2) throw new Error(`${waiting} of 2 transactions are waiting on a lock`);
      });
    } finally {
      await gate.query('SELECT pg_advisory_unlock($1)', [GATE]);
    }
    const answers = await Promise.all(requests);

    expect(answers.map(({ response }) => response.status).sort()).toEqual([201, 409]);
    expect(answers.map(({ error }) => error?.code).filter(Boolean)).toEqual(['slot_unavailable']);
    const { rows } = await gate.query<{ booked: number }>(
      `SELECT count(*)::int AS booked FROM bookings WHERE status = 'confirmed'`,
    );
    expect(rows[0]?.booked).toBe(1);
  });
});
