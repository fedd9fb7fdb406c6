import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort, waitUntilHealthy } from '../support/server-process';
import { createTestDatabase } from '../support/test-database';

const repositoryRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const SHUTDOWN_DEADLINE_MS = 10_000;

/** Every process below `pid`, through the kernel's list of each one's children. */
function descendants(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  const children = readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// What an operator types. Its first run in a checkout may install and build the SPA: the timeout is an upper
// bound for that, not a speed check.
describe('npm start', () => {
  it('runs the server as npm’s only child, and a SIGTERM to npm stops it within the shutdown deadline', async () => {
    // On PostgreSQL the process gets a database of its own; on PGlite its DATA_DIR holds one.
    const own = process.env.DATABASE_URL ? await createTestDatabase() : null;
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'bookings-npm-start-')),
        SHUTDOWN_DEADLINE_MS: String(SHUTDOWN_DEADLINE_MS),
        LOG_LEVEL: 'warn',
        ...(own?.url ? { DATABASE_URL: own.url } : {}),
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    const npmPid = npm.pid as number;
    await waitUntilHealthy(port, undefined, 280_000);

    // npm -> the server: no wrapper process stays between them.
    const tree = descendants(npmPid);
    expect(tree).toHaveLength(1);
    const serverPid = tree[0] as number;
    expect(readFileSync(`/proc/${serverPid}/cmdline`, 'utf8').split('\0')).toContain('scripts/run.mjs');

    npm.kill('SIGTERM');
    // Past the deadline the server's watchdog would have killed it: a stop inside it is a graceful one.
    expect(await exited).toBe(0);
    expect(isRunning(serverPid)).toBe(false);
    const answer = await fetch(`http://127.0.0.1:${port}/bookings/health`).catch(() => null);
    expect(answer).toBeNull();
    await own?.destroy();
  }, 300_000);
});
