import { randomBytes } from 'node:crypto';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/adapters/db/client';
import * as schema from '../../src/adapters/db/schema';

/** Every table the schema declares, so a table added there is emptied between tests without a word here. */
export const SCHEMA_TABLES: string[] = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => {
    const { name, schema: namespace } = getTableConfig(table);
    return namespace ? `"${namespace}"."${name}"` : `"${name}"`;
  });

export interface TestDatabase extends Database {
  /** Empties every table, so each test starts from nothing without paying for a new database. */
  reset(): Promise<void>;
  /** A URL another process (a second service instance) can use; null on embedded PGlite. */
  url: string | null;
  destroy(): Promise<void>;
}

/**
 * With DATABASE_URL set (CI's real PostgreSQL run) each test file gets a database of its own on that server,
 * dropped afterwards; otherwise an in-memory PGlite. Both are migrated with the real migrations. A test that
 * needs real PostgreSQL whatever the run names its server (see `findPostgresServer`).
 */
export async function createTestDatabase(
  serverUrl: string | undefined = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    return withReset(database, null, () => database.close());
  }
  const scratch = await createScratchDatabase(serverUrl, 'bookings_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  await database.migrate();
  return withReset(database, scratch.url, async () => {
    await database.close();
    await scratch.drop();
  });
}

/** A new, empty database on a PostgreSQL server, named `<prefix>_<random>`, and how to drop it again. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return {
    url: withDatabaseName(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

function withReset(database: Database, url: string | null, destroy: () => Promise<void>): TestDatabase {
  return {
    ...database,
    url,
    destroy,
    reset: async () => {
      await database.db.execute(sql.raw(`TRUNCATE ${SCHEMA_TABLES.join(', ')} RESTART IDENTITY CASCADE`));
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

/**
 * A PostgreSQL server this run can create databases on: DATABASE_URL's, else the local one at 127.0.0.1:5432
 * (CI and the development machines have it); null when none answers.
 */
export async function findPostgresServer(): Promise<string | null> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return serverUrl;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
