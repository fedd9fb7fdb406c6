import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { BenchEnvironment } from './section';
import { benchDatabase } from './support/service';

/**
 * Runs `work` on the real service as `npm start` builds it, over a database of the section's own (a scratch
 * database on the DATABASE_URL server, or PGlite in a directory named after the section), then closes the app and
 * drops that database whatever happened; requests go through inject. A database shared with another section would
 * hand it that section's leftovers: the booking section's bookings leave their side effects pending, and the drain
 * then sent tens of thousands of them besides its own, its figure growing with every earlier run.
 */
export async function withBenchApp<T>(
  environment: BenchEnvironment,
  options: { name: string; env?: Record<string, string>; startJobs: boolean },
  work: (app: FastifyInstance) => Promise<T>,
): Promise<T> {
  const database = await benchDatabase(environment);
  try {
    const app = await startBenchApp(environment, { ...options, databaseUrl: database.url });
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.drop();
  }
}

async function startBenchApp(
  environment: BenchEnvironment,
  options: {
    name: string;
    databaseUrl: string | undefined;
    env?: Record<string, string>;
    startJobs: boolean;
  },
): Promise<FastifyInstance> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(environment.scratchDir, options.name),
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ENCRYPTION_KEY: Buffer.alloc(32, 'b').toString('base64url'),
    PUBLIC_BASE_URL: 'http://bookings.bench',
    // The bench measures the booking path, not abuse protection: no proof of work, limits out of reach.
    BOT_PROTECTION: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BOOK_PER_MINUTE: '1000000',
    RATE_LIMIT_BOOK_PER_LINK_PER_MINUTE: '1000000',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });
  const app = await buildApp(config, { startJobs: options.startJobs });
  await app.ready();
  // The job queues start once the app listens (as in production), so a bench that needs them listens on loopback.
  if (options.startJobs) await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

export interface BenchLink {
  ownerId: string;
  ownerEmail: string;
  token: string;
}

/**
 * An owner with a link open around the clock in UTC, 15-minute meetings, no notice, a year ahead: room for
 * thousands of bookings that never collide.
 */
export async function createOpenLink(app: FastifyInstance, ownerEmail: string): Promise<BenchLink> {
  const owner = await app.container.repositories.owners.ensureLocal(ownerEmail);
  const { token } = app.container.auth.accessTokens.issue(owner);
  const allDay = [{ start: '00:00', end: '24:00' }];
  const response = await app.inject({
    method: 'POST',
    url: '/bookings/links',
    headers: { authorization: `Bearer ${token}` },
    payload: {
      title: 'Bench',
      settings: {
        timeZone: 'UTC',
        weeklyHours: {
          mon: allDay,
          tue: allDay,
          wed: allDay,
          thu: allDay,
          fri: allDay,
          sat: allDay,
          sun: allDay,
        },
        durations: [15],
        defaultDuration: 15,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
        minNoticeMinutes: 0,
        maxAdvanceDays: 365,
      },
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`link not created: ${response.statusCode} ${response.body}`);
  const url = (response.json() as { url: string }).url;
  const publicToken = url.split('/public/bookings/')[1];
  if (!publicToken) throw new Error(`no token in ${url}`);
  return { ownerId: owner.id, ownerEmail, token: publicToken };
}

const DAYS = 360;

/**
 * The n-th 15-minute slot from tomorrow 00:00 UTC, spread over the year ahead (day n mod 360) as real bookings
 * are, so each booking's check reads the few meetings around it rather than every booking the bench has made.
 */
export function nthSlot(n: number): Date {
  const tomorrow = new Date();
  tomorrow.setUTCHours(24, 0, 0, 0);
  const day = n % DAYS;
  const quarter = Math.floor(n / DAYS);
  return new Date(tomorrow.getTime() + day * 86_400_000 + quarter * 15 * 60_000);
}

/** Books one slot as a visitor would; throws on anything but 201. */
export async function book(
  app: FastifyInstance,
  link: BenchLink,
  slot: number,
  recipient: string,
): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: `/bookings/public/${link.token}/book`,
    payload: {
      start: nthSlot(slot).toISOString(),
      duration: 15,
      name: recipient,
      email: `${recipient}@example.com`,
      timezone: 'UTC',
    },
  });
  if (response.statusCode !== 201) throw new Error(`booking failed: ${response.statusCode} ${response.body}`);
}

/** Runs `clients` loops that each take the next index until `total` are taken; answers the rate per second. */
export async function runClients(
  clients: number,
  total: number,
  work: (client: number, index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let index = next++; index < total; index = next++) await work(client, index);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

/** Numbers from `base + 1` up, counted separately for each key (a client's own owner, say). */
export function countersFrom(base: number): (key: number) => number {
  const taken = new Map<number, number>();
  return (key) => {
    const next = (taken.get(key) ?? 0) + 1;
    taken.set(key, next);
    return base + next;
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
