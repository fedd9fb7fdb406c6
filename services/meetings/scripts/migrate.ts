/** Applies the migrations to the configured database (DATABASE_URL, or the embedded PGlite in DATA_DIR). */
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/db/client';
import { ConfigError, loadConfig } from '../src/config';

try {
  const config = loadConfig();
  const database = await openDatabase(
    config.database.url
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: join(config.dataDir, 'pglite') },
  );
  await database.migrate();
  await database.close();
  process.stdout.write(`migrated ${config.database.kind} database\n`);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
