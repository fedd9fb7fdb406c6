import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serviceDir = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  exit: Promise<number>;
}

/**
 * The real server as its own OS process, with only the environment given: plain Node on the JavaScript build
 * (dist/server.js, brought up to date by build-global-setup.ts), exactly as production and the container run
 * it, so signals reach the server itself.
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  let output = '';
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: serviceDir,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'bookings-proc-')), ...env },
  });
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exit = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : 0))),
  );
  return { child, output: () => output, exit };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Resolves once the server answers its health check; fails at once, with its output, if it exits first. */
export async function waitUntilHealthy(
  port: number,
  server?: ServerProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  void server?.exit.then((code) => {
    exited = code;
  });
  while (Date.now() < deadline) {
    if (exited !== null)
      throw new Error(`server exited with ${exited} before answering:\n${server?.output().slice(-2000)}`);
    const response = await fetch(`http://127.0.0.1:${port}/bookings/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on port ${port} did not become healthy:\n${server?.output().slice(-2000) ?? ''}`);
}
