import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { type Database, type Db, migrationsFolder } from './client';
import * as schema from './schema';

/**
 * PostgreSQL's default 128 MB of shared buffers is written over when PGlite starts, so the whole of it is resident
 * from the first second: it was half of an idle embedded service's memory. An embedded database is small (tens of
 * MB) and PGlite reads through the operating system's page cache, so 8 MB (1,024 pages) holds its hot pages; 16 MB
 * kept another 8 MB resident. An installation that outgrows it belongs on PostgreSQL (DATABASE_URL).
 */
const SHARED_BUFFERS = '8MB';

/** Embedded PGlite, persisted in `dataDir`, or in memory when null. */
export function openPglite(dataDir: string | null): Database {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    extensions: { btree_gist },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  });
  const db = drizzle(client, { schema });
  let closed = false;
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migrate(db, { migrationsFolder }),
    ping: async () => {
      if (closed) throw new Error('database closed');
      await db.execute(sql`SELECT 1`);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}
