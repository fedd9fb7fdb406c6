import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, spawnServer, waitUntilHealthy } from '../support/server-process';
import { createTestDatabase } from '../support/test-database';
import { useTestDatabase } from '../support/use-test-app';

const t = useTestDatabase();

/** On PostgreSQL the process gets this file's own database; otherwise its own PGlite in its DATA_DIR. */
const databaseEnv = (): Record<string, string> => (t.database.url ? { DATABASE_URL: t.database.url } : {});

// Each start of a process on PGlite takes 5-10 s on an idle machine and over 30 s on a busy one (two cores shared
// by the whole suite): the timeouts are an upper bound, not a speed check.
describe('the server process', () => {
  it('stops with one clear line and exit code 1 on bad configuration', async () => {
    const server = spawnServer({ PORT: 'abc' });
    expect(await server.exit).toBe(1);
    expect(server.output().trim()).toBe('Invalid configuration: PORT must be a whole number, got "abc"');
  });

  it('serves, then shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const server = spawnServer({ PORT: String(port), SEED_DEMO: 'true', ...databaseEnv() });
    await waitUntilHealthy(port, server);
    expect(server.output()).toContain('Sign-in token:');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('SIGTERM received');
  }, 150_000);

  it('refuses to start with another ENCRYPTION_KEY than the database was set up with', async () => {
    const own = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'bookings-key-'));
    const env: Record<string, string> = own.url ? { DATABASE_URL: own.url } : { DATA_DIR: dataDir };
    const key = (fill: string) => Buffer.alloc(32, fill).toString('base64url');
    try {
      const port = await freePort();
      const first = spawnServer({ PORT: String(port), ENCRYPTION_KEY: key('a'), ...env });
      await waitUntilHealthy(port, first);
      first.child.kill('SIGTERM');
      await first.exit;
      const second = spawnServer({ PORT: String(await freePort()), ENCRYPTION_KEY: key('b'), ...env });
      expect(await second.exit).toBe(1);
      expect(second.output().trim()).toBe(
        'Invalid configuration: ENCRYPTION_KEY does not match the key this database was set up with',
      );
    } finally {
      await own.destroy();
    }
  }, 150_000);
});
