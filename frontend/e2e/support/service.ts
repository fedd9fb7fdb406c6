import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface RunningService {
  origin: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts the real meetings service (PGlite in `dataDir`, the SPA from `staticDir`) and waits until it answers. */
export async function startService(options: {
  repoRoot: string;
  dataDir: string;
  port: number;
  publicBaseUrl: string;
  /** The built SPA the service serves on its page routes. */
  staticDir: string;
  logFile: string;
  /** More settings for the service. */
  env?: Record<string, string>;
}): Promise<RunningService> {
  const serviceDir = join(options.repoRoot, 'services', 'meetings');
  const log = createWriteStream(options.logFile);
  // Always embedded PGlite in a throw-away directory, even when the caller's shell points at a real database.
  const { DATABASE_URL: _ignoredDatabaseUrl, ...inherited } = process.env;
  const child = spawn(join(serviceDir, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], {
    cwd: serviceDir,
    env: {
      ...inherited,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      PUBLIC_BASE_URL: options.publicBaseUrl,
      STATIC_DIR: options.staticDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const origin = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  await waitForHealth(origin, exited, options.logFile);

  return {
    origin,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      log.end();
    },
  };
}

async function waitForHealth(origin: string, exited: Promise<number | null>, logFile: string): Promise<void> {
  let hasExited = false;
  exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`the meetings service exited during start-up; see ${logFile}`);
    try {
      const response = await fetch(`${origin}/bookings/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error(`the meetings service did not become healthy within 90 s; see ${logFile}`);
}
