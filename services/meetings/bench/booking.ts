import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import {
  type BenchLink,
  book,
  countersFrom,
  createOpenLink,
  median,
  runClients,
  withBenchApp,
} from './bench-app';
import type { BenchEnvironment, BenchRow, BenchSection } from './section';

// Booking throughput (issue 13 item 6) against raw single-row inserts into a table with the same exclusion
// constraint as `bookings`, over the same connection pool. Two shapes: one owner with 20 clients, who all queue
// on that owner's lock, and 20 owners with a client each, who never wait for one another.

const CLIENTS = 20;
const ROUNDS = 3;
const ONE_OWNER_BOOKINGS = 400;
const PER_OWNER_BOOKINGS = 30;
/** The rate issue 13 measured before the critical section was shortened. */
const ISSUE_BASELINE_PER_SECOND = 68;
/** Slots per round and owner, far apart so that no round collides with another. */
const ROUND_SPAN = 2000;

export const bookingSection: BenchSection = {
  name: 'booking',
  async run(environment) {
    return withBenchApp(environment, { name: 'booking', startJobs: false }, (app) =>
      measure(app, environment),
    );
  },
};

async function measure(app: FastifyInstance, environment: BenchEnvironment): Promise<BenchRow[]> {
  const db = app.container.database.db;
  await db.execute(sql`DROP TABLE IF EXISTS bench_raw_bookings`);
  await db.execute(sql`
    CREATE TABLE bench_raw_bookings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_id uuid NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      EXCLUDE USING gist (owner_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    )`);
  const owners: BenchLink[] = [];
  for (let i = 0; i < CLIENTS; i++) owners.push(await createOpenLink(app, `owner-${i}@bench.example`));
  const [single] = owners as [BenchLink];
  // Warm-up: the first requests compile schemas and fill the pool.
  await runClients(CLIENTS, CLIENTS, (_, index) => book(app, single, ROUND_SPAN * ROUNDS + index, 'warm'));

  const rawInsert = (ownerId: string, slot: number) => {
    const start = new Date(Date.UTC(2030, 0, 1) + slot * 15 * 60_000);
    const end = new Date(start.getTime() + 15 * 60_000);
    return db.execute(
      sql`INSERT INTO bench_raw_bookings (owner_id, starts_at, ends_at) VALUES (${ownerId}, ${start.toISOString()}, ${end.toISOString()})`,
    );
  };
  const oneOwner: number[] = [];
  const oneOwnerRaw: number[] = [];
  const manyOwners: number[] = [];
  const manyOwnersRaw: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const base = round * ROUND_SPAN;
    oneOwner.push(
      await runClients(CLIENTS, ONE_OWNER_BOOKINGS, (client, index) =>
        book(app, single, base + index, `one-${round}-${client}`),
      ),
    );
    oneOwnerRaw.push(
      await runClients(CLIENTS, ONE_OWNER_BOOKINGS, async (_, index) => {
        await rawInsert(single.ownerId, base + index);
      }),
    );
    // Each client keeps to its own owner: slot k of owner c.
    const takeSlot = countersFrom(base + 1000);
    manyOwners.push(
      await runClients(CLIENTS, CLIENTS * PER_OWNER_BOOKINGS, (client) =>
        book(app, owners[client] as BenchLink, takeSlot(client), `many-${round}-${client}`),
      ),
    );
    const takeRawSlot = countersFrom(base + 1000);
    manyOwnersRaw.push(
      await runClients(CLIENTS, CLIENTS * PER_OWNER_BOOKINGS, async (client) => {
        await rawInsert((owners[client] as BenchLink).ownerId, takeRawSlot(client));
      }),
    );
  }
  const queries = environment.databaseUrl
    ? await countQueries(() => book(app, single, ROUND_SPAN * ROUNDS + 100, 'counted'))
    : undefined;
  await db.execute(sql`DROP TABLE bench_raw_bookings`);

  const a = median(oneOwner);
  const aRaw = median(oneOwnerRaw);
  const b = median(manyOwners);
  const bRaw = median(manyOwnersRaw);
  const rows: BenchRow[] = [
    {
      case: `booking, one owner, ${CLIENTS} clients`,
      unit: 'bookings/s',
      ours: a,
      baseline: aRaw,
      target: `≥ ${3 * ISSUE_BASELINE_PER_SECOND}/s (3× issue 13's ${ISSUE_BASELINE_PER_SECOND}/s)`,
      met: a >= 3 * ISSUE_BASELINE_PER_SECOND,
    },
    {
      case: `booking, ${CLIENTS} owners, one client each`,
      unit: 'bookings/s',
      ours: b,
      baseline: bRaw,
      target: '≥ 30% of raw inserts',
      met: b >= 0.3 * bRaw,
    },
  ];
  if (queries !== undefined)
    rows.push({
      case: 'booking, SQL statements per booking',
      unit: 'statements',
      ours: queries,
      target: 'fewer than the 20 of issue 13',
      met: queries < 20,
    });
  return rows;
}

/** Statements sent to PostgreSQL while `work` runs (node-postgres: every pool query goes through Client#query). */
async function countQueries(work: () => Promise<void>): Promise<number> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function counted(this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return count;
}
