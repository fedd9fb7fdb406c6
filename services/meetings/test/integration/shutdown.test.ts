import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { type Database, openDatabase, queryRows } from '../../src/adapters/db/client';
import { freePort, type ServerProcess, spawnServer, waitUntilHealthy } from '../support/server-process';
import { TEST_JWT_SECRET } from '../support/test-app';
import { useTestDatabase } from '../support/use-test-app';

const t = useTestDatabase();
const serviceDir = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];
const closers: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const close of closers) await close();
});

/** An SMTP server on loopback that accepts connections and never says a word: a send hangs there. */
async function startSilentSmtp(): Promise<{ url: string; connected: Promise<void> }> {
  const sockets: Socket[] = [];
  let onConnection: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onConnection = resolve;
  });
  const server: Server = createServer((socket) => {
    socket.on('error', () => {});
    sockets.push(socket);
    onConnection();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const address = server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${address.port}`, connected };
}

/** Each process gets this file's own PostgreSQL database, or its own PGlite in its DATA_DIR. */
function databaseEnv(): { env: Record<string, string>; open: () => Promise<Database | null> } {
  if (t.database.url) return { env: { DATABASE_URL: t.database.url }, open: async () => null };
  const dataDir = mkdtempSync(join(tmpdir(), 'bookings-shutdown-'));
  return {
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') }),
  };
}

function ownerApi(port: number) {
  const owner = { id: randomUUID(), email: `owner-${randomUUID()}@example.com`, name: 'Owen' };
  const token = createAccessTokenIssuer(TEST_JWT_SECRET, 600, () => new Date()).issue(owner).token;
  return (path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}/bookings${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...init.headers },
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
    }));
}

/** What a request in flight at SIGTERM ends as: its answer, or the connection refused/closed. */
type Answer = { status: number; body: Record<string, unknown> };
const settle = (request: Promise<Answer>): Promise<Answer> =>
  request.catch((error: unknown) => ({ status: 0, body: { error: String(error) } }));

describe('a stop (SIGTERM)', () => {
  it('ends the process while a booking, a side effect and an availability request are in flight, losing nothing committed', async () => {
    const smtp = await startSilentSmtp();
    const database = databaseEnv();
    const port = await freePort();
    const server: ServerProcess = spawnServer({
      PORT: String(port),
      JWT_SECRET: TEST_JWT_SECRET,
      BOT_PROTECTION: 'false',
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'info',
      ...database.env,
    });
    children.push(server.child);
    await waitUntilHealthy(port, server);
    const api = ownerApi(port);
    const link = await api('/links', { method: 'POST', body: JSON.stringify({ title: 'Intro' }) });
    expect(link.status).toBe(201);
    const token = String(link.body.token);
    const from = new Date();
    const to = new Date(from.getTime() + 14 * 86_400_000);
    const availabilityPath = `/public/${token}/availability?from=${from.toISOString()}&to=${to.toISOString()}`;
    const available = await api(availabilityPath);
    const slots = (available.body.days as { slots: { start: string }[] }[]).flatMap((day) => day.slots);
    const book = (start: string | undefined, email: string) =>
      api(`/public/${token}/book`, {
        method: 'POST',
        headers: { authorization: '' },
        body: JSON.stringify({ start, duration: 30, name: 'Rita', email, timezone: 'UTC' }),
      });

    // A first booking commits; its confirmation job is then stuck talking to the silent SMTP server.
    const first = await book(slots[0]?.start, 'rita@example.com');
    expect(first.status).toBe(201);
    await smtp.connected;
    // A second booking and an availability request are on their way when the stop comes.
    const second = settle(book(slots[1]?.start, 'sam@example.com'));
    const availability = settle(api(availabilityPath));
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.child.kill('SIGTERM');

    // It exits by itself, cleanly, well before the deadline (the test's own timeout is the upper bound).
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('SIGTERM received');
    expect([0, 200, 503]).toContain((await availability).status);
    const bookedIds = [first, await second]
      .filter((answer) => answer.status === 201)
      .map((answer) => (answer.body.booking as { id: string }).id);
    expect([0, 201, 503]).toContain((await second).status);

    // Every booking that got its 201 is stored, with its side effects still to run or run: none lost.
    const db = (await database.open()) ?? t.database;
    try {
      if (db !== t.database) await db.migrate();
      const ids = sql.join(
        bookedIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const stored = await queryRows<{ id: string }>(
        db.db,
        sql`SELECT id FROM bookings WHERE id IN (${ids})`,
      );
      expect(stored.map((row) => row.id).sort()).toEqual([...bookedIds].sort());
      const effects = await queryRows<{ booking_id: string; kind: string; status: string }>(
        db.db,
        sql`SELECT booking_id, kind, status FROM booking_side_effects WHERE booking_id IN (${ids})`,
      );
      for (const id of bookedIds) {
        const own = effects.filter((effect) => effect.booking_id === id);
        expect(own.map((effect) => effect.kind)).toContain('send_confirmations');
        for (const effect of own) expect(['pending', 'done']).toContain(effect.status);
      }
    } finally {
      if (db !== t.database) await db.close();
    }
  }, 180_000);
});

describe('the shutdown watchdog', () => {
  it('ends a process whose main thread is blocked, naming what was open', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/blocked-after-stop.ts'], {
      cwd: serviceDir,
      env: { PATH: process.env.PATH ?? '', SHUTDOWN_DEADLINE_MS: '1500' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const exited = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );

    expect(exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(output).toContain('armed');
    const report = JSON.parse(
      output.split('\n').find((line) => line.includes('shutdown did not finish')) ?? '{}',
    ) as { level?: number; stillOpen?: Record<string, number>; eventLoopBlocked?: boolean };
    expect(report).toMatchObject({ level: 60, stillOpen: { TCPServerWrap: 1 }, eventLoopBlocked: true });
  }, 60_000);

  // The third hang of issue 14: process.exit() waits for libuv's thread pool, so an fs request blocked there (a
  // log write into a full pipe, a read of a pipe) holds the exit for ever, its main thread in a futex wait. A
  // worker thread is stopped before that wait; the watchdog, a process of its own, is not.
  it('ends a process whose exit is held by a blocked fs request', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/exit-held-by-fs.ts'], {
      cwd: serviceDir,
      env: { PATH: process.env.PATH ?? '', SHUTDOWN_DEADLINE_MS: '1500' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const exited = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );

    expect(output).toContain('exiting');
    expect(exited).toEqual({ code: null, signal: 'SIGKILL' });
    const report = JSON.parse(
      output.split('\n').find((line) => line.includes('shutdown did not finish')) ?? '{}',
    ) as { stillOpen?: Record<string, number> };
    expect(report.stillOpen).toMatchObject({ FSReqCallback: 1 });
  }, 60_000);
});
