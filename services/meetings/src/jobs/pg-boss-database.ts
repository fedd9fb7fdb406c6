import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Database } from '../adapters/db/client';

/**
 * pg-boss runs on the service's own connection (pool or embedded PGlite) instead of opening another one.
 * Its schema scripts are several statements in one string, which only the simple query protocol accepts:
 * PGlite's `exec`, or `pg` without parameters.
 */
export function createPgBossDatabase(database: Database): PgBoss.Db {
  const client = (database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (database.kind === 'pglite') {
    const pglite = client as PGlite;
    return {
      async executeSql(text, values) {
        if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  }
  const pool = client as pg.Pool;
  return {
    async executeSql(text, values) {
      const result = values && values.length > 0 ? await pool.query(text, values) : await pool.query(text);
      // A multi-statement string answers with one result per statement.
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last as pg.QueryResult | undefined)?.rows ?? [] };
    },
  };
}
