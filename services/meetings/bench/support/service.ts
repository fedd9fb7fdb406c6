import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the build script is plain JavaScript (it runs before any TypeScript tooling), without types.
import { buildServiceIfChanged } from '../../scripts/build.mjs';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Container } from '../../src/container';
import { createScratchDatabase } from '../../test/support/test-database';
import type { BenchEnvironment } from '../section';
import type { BarePayload } from './bare-server';

const serviceRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = import.meta.resolve('tsx');

/**
 * The service's environment as a production deployment sets it: NODE_ENV=production, its own secrets, default
 * logging (info, one line per request and per answer, here to a file). Only the per-IP rate limit is raised:
 * every request of a benchmark comes from one address, and 300 a minute would answer 429 after a moment.
 */
export function productionEnv(environment: BenchEnvironment, databaseUrl: string | undefined) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATA_DIR: join(environment.scratchDir, 'data'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
    PUBLIC_BASE_URL: 'https://bookings.example',
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

/** A database of the section's own: a new one on the DATABASE_URL server (dropped by `drop`), or PGlite on disk. */
export async function benchDatabase(environment: BenchEnvironment) {
  const serverUrl = environment.databaseUrl;
  if (!serverUrl) return { url: undefined, drop: async () => {} };
  return createScratchDatabase(serverUrl, 'bookings_bench');
}

/** Writes the section's data through the service's own use cases (migrating the database first), then closes. */
export async function seed<T>(env: Record<string, string>, write: (container: Container) => Promise<T>) {
  const app = await buildApp(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { startJobs: false });
  try {
    await app.ready();
    return await write(app.container);
  } finally {
    await app.close();
  }
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The service as `npm start` runs it (plain node on the JavaScript build, dist/server.js, built first when its
 * sources changed), its log in the scratch directory. With
 * BENCH_PROFILE_DIR set it writes a CPU profile there when it stops (summarize with bench/summarize-profile.ts).
 */
export async function startService(env: Record<string, string>, logFile: string): Promise<RunningServer> {
  const port = await freePort();
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const built = await buildServiceIfChanged();
  if (built !== 0) throw new Error(`the service build failed (exit ${built})`);
  // The V8 worker pool `npm start` and the container give the server (README "Operating").
  return spawnServer(
    [...profile, '--v8-pool-size=2', 'dist/server.js'],
    { ...env, PORT: String(port) },
    logFile,
    () => waitForHealth(`http://127.0.0.1:${port}`),
  );
}

/** The bare Fastify baseline serving `bare.payload` at `bare.path`. */
export async function startBare(bare: BarePayload, scratchDir: string): Promise<RunningServer> {
  const file = join(scratchDir, `bare-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(file, JSON.stringify(bare));
  const script = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
  let resolvePort: (port: number) => void;
  const listening = new Promise<number>((resolve) => {
    resolvePort = resolve;
  });
  return spawnServer(
    ['--import', tsxLoader, script, file],
    {},
    null,
    async () => `http://127.0.0.1:${await listening}`,
    (line) => {
      const match = /^listening (\d+)/.exec(line);
      if (match) resolvePort(Number(match[1]));
    },
  );
}

async function spawnServer(
  args: string[],
  env: Record<string, string>,
  logFile: string | null,
  ready: () => Promise<string>,
  onLine?: (line: string) => void,
): Promise<RunningServer> {
  const log = logFile ? openSync(logFile, 'a') : null;
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: serviceRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', log ?? 'pipe', log ?? 'inherit'],
  });
  if (onLine) child.stdout?.on('data', (chunk: Buffer) => chunk.toString().split('\n').forEach(onLine));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = exited.then(() => {
    throw new Error(`${args.join(' ')} exited before it was ready${logFile ? ` (see ${logFile})` : ''}`);
  });
  const baseUrl = await Promise.race([ready(), failed]);
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      if (log !== null) closeSync(log);
    },
  };
}

async function waitForHealth(baseUrl: string): Promise<string> {
  for (let attempt = 0; attempt < 3000; attempt++) {
    try {
      const response = await fetch(`${baseUrl}/bookings/health`);
      if (response.ok) return baseUrl;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${baseUrl} never became healthy`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** GET `url` as JSON, failing loudly: a benchmark of an error answer measures nothing. */
export async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}
