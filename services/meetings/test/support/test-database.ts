import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/adapters/db/client';

const TABLES = [
  'instance_settings',
  'side_effect_deliveries',
  'booking_side_effects',
  'calendar_connections',
  'oauth_states',
  'analytics_events',
  'audit_log',
  'idempotency_keys',
  'bookings',
  'one_time_links',
  'booking_links',
  'booking_templates',
  'sign_in_tokens',
  'owners',
];

export interface TestDatabase extends Database {
  /** Empties every table, so each test starts from nothing without paying for a new database. */
  reset(): Promise<void>;
  /** A URL another process (a second service instance) can use; null on embedded PGlite. */
  url: string | null;
  destroy(): Promise<void>;
}

/**
 * With DATABASE_URL set (CI's real PostgreSQL run) each test file gets a database of its own on that server,
 * dropped afterwards; otherwise an in-memory PGlite. Both are migrated with the real migrations.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = openDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    return withReset(database, null, () => database.close());
  }
  const name = `bookings_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabaseName(serverUrl, name);
  const database = openDatabase({ kind: 'postgres', url });
  await database.migrate();
  return withReset(database, url, async () => {
    await database.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

function withReset(database: Database, url: string | null, destroy: () => Promise<void>): TestDatabase {
  return {
    ...database,
    url,
    destroy,
    reset: async () => {
      await database.db.execute(sql.raw(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`));
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
