import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiClient, createApiClient } from '@bookings/api-client';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Adapters } from '../../src/container';
import { createMailbox } from './mailbox';
import type { TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

/** For tests of the booking rules rather than of abuse protection: no bot check, limits out of reach. */
export const UNLIMITED_PUBLIC_API = {
  BOT_PROTECTION: 'false',
  RATE_LIMIT_PER_MINUTE: '100000',
  RATE_LIMIT_BOOK_PER_MINUTE: '100000',
  RATE_LIMIT_BOOK_PER_LINK_PER_MINUTE: '100000',
};

export interface TestApp {
  app: FastifyInstance;
  baseUrl: string;
  mailbox: ReturnType<typeof createMailbox>;
  /** A client with no token (public routes, or to prove a route needs one). */
  anonymous: ApiClient;
  /** A client signed in as the owner with this email (created on first use). */
  clientFor(email: string): Promise<ApiClient>;
  tokenFor(email: string): Promise<string>;
  close(): Promise<void>;
}

export interface StartTestAppOptions {
  env?: Record<string, string>;
  adapters?: Partial<Omit<Adapters, 'database'>>;
  /** Open a connection pool of its own (to env DATABASE_URL), like a second instance of the service. */
  ownDatabase?: boolean;
  /** Collects the service's log lines (JSON), for tests of what it logs. */
  logLines?: string[];
  /** Run the side-effect workers as the server does; off unless a test looks at side effects. */
  startJobs?: boolean;
}

/** The real service, listening on a loopback port, over the given test database. */
export async function startTestApp(
  database: TestDatabase,
  options: StartTestAppOptions = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bookings-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_BASE_URL: 'http://bookings.test',
    ...options.env,
  });
  const { logLines } = options;
  const app = await buildApp(config, {
    adapters: options.ownDatabase ? { ...options.adapters } : { database, ...options.adapters },
    startJobs: options.startJobs ?? false,
    ...(logLines
      ? { logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }) }
      : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('test app is not listening on a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  let closing: Promise<void> | undefined;
  const tokenFor = async (email: string) => {
    const owner = await app.container.repositories.owners.ensureLocal(email);
    return app.container.auth.accessTokens.issue(owner).token;
  };
  return {
    app,
    baseUrl,
    mailbox: createMailbox(join(dataDir, 'mail')),
    anonymous: createApiClient({ baseUrl }),
    tokenFor,
    clientFor: async (email) => createApiClient({ baseUrl, token: await tokenFor(email) }),
    // Closing twice (a test, then the harness after the file) closes once.
    close: () => {
      closing ??= app.close().then(() => rmSync(dataDir, { recursive: true, force: true }));
      return closing;
    },
  };
}
