import { createConnection } from 'node:net';
import { solveChallenge } from 'altcha-lib/v1';
import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { signInOwner } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { createFakeClock } from '../support/fake-clock';
import { TEST_JWT_SECRET } from '../support/test-app';
import { useTestApp, useTestDatabase } from '../support/use-test-app';

const NOW = '2026-06-01T08:00:00.000Z';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Each block runs its own app (own limits, own counters) on this file's database.
const file = useTestDatabase();

async function post(baseUrl: string, path: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { code?: string },
  };
}

describe('rate limits on public routes', () => {
  const logged: string[] = [];
  const t = useTestApp({
    database: file,
    reset: 'once',
    clock: NOW,
    env: { BOT_PROTECTION: 'false', RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_BOOK_PER_MINUTE: '2' },
    logLines: logged,
  });
  let token: string;
  beforeAll(async () => {
    ({ token } = await createPublicLink(await signInOwner(t, 'ann@example.com')));
  });

  it('answers 429 problem+json with Retry-After once an IP is over the limit', async () => {
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${t.baseUrl}/bookings/public/${token}`);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
      else await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('content-type')).toContain('application/problem+json');
    expect(await limited?.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(logged.filter((line) => line.includes('rate limit exceeded'))).toHaveLength(1);
  });

  it('limits booking attempts more tightly', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await post(t.baseUrl, `/bookings/public/${token}/book`, bookingBody(`2026-06-02T0${7 + i}:00:00Z`)))
          .status,
      );
    }
    expect(statuses).toEqual([201, 201, 429]);
  });
});

const redisReachable = await new Promise<boolean>((resolve) => {
  const url = new URL(REDIS_URL);
  const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
  socket.setTimeout(1000);
  socket.once('connect', () => resolve(true));
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => resolve(false));
}).then((reachable) => reachable);

// Sharing limits across instances needs a Redis server; CI always has one at 127.0.0.1:6379.
describe.runIf(redisReachable)('rate limits shared through Redis', () => {
  it('two instances count one IP together', async () => {
    await file.database.reset();
    // Counters of earlier runs (same IP, same minute) must not count here.
    const redis = new Redis(REDIS_URL);
    const stale = await redis.keys('bookings-rate-limit:*');
    if (stale.length > 0) await redis.del(...stale);
    redis.disconnect();
    const env = { BOT_PROTECTION: 'false', RATE_LIMIT_PER_MINUTE: '4', REDIS_URL };
    const clock = createFakeClock(NOW);
    const first = await file.startApp({ adapters: { clock }, env });
    const second = await file.startApp({ adapters: { clock }, env });
    try {
      const { token } = await createPublicLink(await signInOwner(first, `ann-${Date.now()}@example.com`));
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const response = await fetch(
          `${(i % 2 === 0 ? first : second).baseUrl}/bookings/public/${token}/challenge`,
        );
        statuses.push(response.status);
        await response.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('bot protection on booking', () => {
  const t = useTestApp({
    database: file,
    reset: 'once',
    clock: NOW,
    env: { BOT_CHALLENGE_MAX_NUMBER: '2000', RATE_LIMIT_BOOK_PER_MINUTE: '1000' },
  });
  let token: string;
  beforeAll(async () => {
    ({ token } = await createPublicLink(await signInOwner(t, 'ann@example.com')));
  });

  async function solvedPayload(): Promise<string> {
    const { data: challenge } = await t.anonymous.GET('/bookings/public/{token}/challenge', {
      params: { path: { token } },
    });
    if (!challenge) throw new Error('no challenge');
    const solution = await solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    ).promise;
    return Buffer.from(JSON.stringify({ ...challenge, number: solution?.number })).toString('base64');
  }
  const path = () => `/bookings/public/${token}/book`;

  it('refuses a booking without a solved challenge, with the honeypot filled, or replayed', async () => {
    expect((await post(t.baseUrl, path(), bookingBody('2026-06-02T08:00:00Z'))).body.code).toBe(
      'bot_check_failed',
    );
    const altcha = await solvedPayload();
    const honeypot = await post(
      t.baseUrl,
      path(),
      bookingBody('2026-06-02T08:00:00Z', { altcha, website: 'spam' }),
    );
    expect(honeypot.status).toBe(403);
    const solved = await post(
      t.baseUrl,
      path(),
      bookingBody('2026-06-02T08:00:00Z', { altcha: await solvedPayload() }),
    );
    expect(solved.status).toBe(201);
    const payload = await solvedPayload();
    expect(
      (await post(t.baseUrl, path(), bookingBody('2026-06-02T09:00:00Z', { altcha: payload }))).status,
    ).toBe(201);
    const replay = await post(t.baseUrl, path(), bookingBody('2026-06-02T10:00:00Z', { altcha: payload }));
    expect(replay.status).toBe(403);
  });

  it('lets a client with an owner token book without the challenge', async () => {
    const owner = await t.app.container.repositories.owners.ensureLocal('integration@example.com');
    const token = createAccessTokenIssuer(TEST_JWT_SECRET, 600, () => new Date()).issue(owner).token;
    const response = await post(t.baseUrl, path(), bookingBody('2026-06-03T08:00:00Z'), {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(201);
  });
});
