import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serviceDir = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(serviceDir, 'node_modules/.bin/tsx');

function startServer(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
} {
  let output = '';
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: serviceDir,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'bookings-proc-')), ...env },
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, output: () => output, exit };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('the server process', () => {
  it('stops with one clear line and exit code 1 on bad configuration', async () => {
    const server = startServer({ PORT: 'abc' });
    expect(await server.exit).toBe(1);
    expect(server.output().trim()).toBe('Invalid configuration: PORT must be a whole number, got "abc"');
  });

  it('serves, then shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), SEED_DEMO: 'true', ...pickDatabaseUrl() });
    let health: Response | null = null;
    for (let attempt = 0; attempt < 150 && !health; attempt++) {
      health = await fetch(`http://127.0.0.1:${port}/bookings/health`).catch(() => null);
      if (!health) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(health?.status).toBe(200);
    expect(server.output()).toContain('Sign-in token:');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('SIGTERM received');
  }, 60_000);
});

function pickDatabaseUrl(): Record<string, string> {
  return process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {};
}
