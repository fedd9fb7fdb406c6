import { sql } from 'drizzle-orm';
import type { TestDatabase } from './test-database';

type Rows = { rows: Record<string, unknown>[] };

/** Every row of every table in the public schema, as JSON text: what a leaked backup would show. */
export async function dumpDatabase(database: TestDatabase): Promise<string[]> {
  const tables = (await database.db.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  )) as unknown as Rows;
  const dump: string[] = [];
  for (const { table_name: table } of tables.rows) {
    const rows = (await database.db.execute(
      sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(String(table))} t`,
    )) as unknown as Rows;
    dump.push(...rows.rows.map((row) => `${String(table)} ${String(row.row)}`));
  }
  return dump;
}
