import { createConnection } from 'node:net';
import { Redis } from 'ioredis';
import { beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { encodeSolution, solveChallengeAt } from '../factories/bot-challenge';
import { signInOwner } from '../factories/owner-session';
import { bookingBody, createPublicLink, tokenOf } from '../factories/public-links';
import { writeBuiltSpa } from '../support/built-spa';
import { createFakeClock } from '../support/fake-clock';
import { TEST_JWT_SECRET, UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp, useTestDatabase } from '../support/use-test-app';

const NOW = '2026-06-01T08:00:00.000Z';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Each rate-limit test and each other block runs its own app (own limits, own counters) on this file's database.
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
  /**
   * One app per test: its counters start at zero whatever ran before, so no test depends on another's
   * requests or on their order.
   */
  async function appWithLimits(limits: Record<string, string>, logLines?: string[]) {
    await file.database.reset();
    const app = await file.startApp({
      adapters: { clock: createFakeClock(NOW) },
      env: { ...UNLIMITED_PUBLIC_API, ...limits },
      ...(logLines ? { logLines } : {}),
    });
    onTestFinished(() => app.close());
    const owner = await signInOwner(app, 'ann@example.com');
    return { app, owner, token: (await createPublicLink(owner)).token };
  }
  const bookAt = (baseUrl: string, token: string, start: string, from?: string) =>
    post(
      baseUrl,
      `/bookings/public/${token}/book`,
      bookingBody(start),
      from ? { 'x-forwarded-for': from } : {},
    ).then(({ status }) => status);

  it('limits booking pages per IP like the API: each one looks its token up', async () => {
    const { app, token } = await appWithLimits({ RATE_LIMIT_PER_MINUTE: '3', STATIC_DIR: writeBuiltSpa() });
    const { baseUrl } = app;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${baseUrl}/public/bookings/${token}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(`${baseUrl}/public/bookings/${token}`);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { code: string }).code).toBe('rate_limited');
  });

  it('answers 429 problem+json with Retry-After once an IP is over the limit', async () => {
    const logged: string[] = [];
    const { app, token } = await appWithLimits({ RATE_LIMIT_PER_MINUTE: '5' }, logged);
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${app.baseUrl}/bookings/public/${token}`);
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

  it('limits booking attempts per IP more tightly, whichever link they go to', async () => {
    const { app, owner, token } = await appWithLimits({
      RATE_LIMIT_PER_MINUTE: '5',
      RATE_LIMIT_BOOK_PER_MINUTE: '2',
    });
    const { token: other } = await createPublicLink(owner, { title: 'Other' });
    const statuses = [
      await bookAt(app.baseUrl, token, '2026-06-02T07:00:00Z'),
      await bookAt(app.baseUrl, token, '2026-06-02T08:00:00Z'),
      await bookAt(app.baseUrl, other, '2026-06-02T09:00:00Z'),
    ];
    expect(statuses).toEqual([201, 201, 429]);
  });

  it('limits booking attempts per link, whichever IPs they come from, leaving other links open', async () => {
    // Behind a proxy each visitor has an address of its own, and the per-IP limit (1) would stop a second try.
    const { app, owner, token } = await appWithLimits({
      TRUST_PROXY: 'true',
      RATE_LIMIT_BOOK_PER_MINUTE: '1',
      RATE_LIMIT_BOOK_PER_LINK_PER_MINUTE: '2',
    });
    const { token: other } = await createPublicLink(owner, { title: 'Other' });
    const statuses = [
      await bookAt(app.baseUrl, token, '2026-06-02T07:00:00Z', '198.51.100.1'),
      await bookAt(app.baseUrl, token, '2026-06-02T08:00:00Z', '198.51.100.2'),
      await bookAt(app.baseUrl, token, '2026-06-02T09:00:00Z', '198.51.100.3'),
      await bookAt(app.baseUrl, other, '2026-06-02T10:00:00Z', '198.51.100.4'),
    ];
    expect(statuses).toEqual([201, 201, 429, 201]);
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
  // Owner tokens are checked against the real time, whatever the app's fake clock says.
  const realTimeToken = async (email: string) =>
    createAccessTokenIssuer(TEST_JWT_SECRET, 600, () => new Date()).issue(
      await t.app.container.repositories.owners.ensureLocal(email),
    ).token;
  const t = useTestApp({
    database: file,
    clock: NOW,
    env: { ...UNLIMITED_PUBLIC_API, BOT_PROTECTION: 'true', BOT_CHALLENGE_MAX_NUMBER: '2000' },
  });
  let token: string;
  beforeEach(async () => {
    ({ token } = await createPublicLink(await signInOwner(t, 'ann@example.com')));
  });

  const book = (
    linkToken: string,
    start: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => post(t.baseUrl, `/bookings/public/${linkToken}/book`, bookingBody(start, extra), headers);
  const solve = (linkToken: string) => solveChallengeAt(t, `/bookings/public/${linkToken}/challenge`);
  const solvedPayload = async (linkToken = token) => encodeSolution(await solve(linkToken));

  it('refuses a booking without a solved challenge, with the honeypot filled, or replayed', async () => {
    expect((await book(token, '2026-06-02T08:00:00Z')).body.code).toBe('bot_check_failed');
    const honeypot = await book(token, '2026-06-02T08:00:00Z', {
      altcha: await solvedPayload(),
      website: 'spam',
    });
    expect(honeypot.status).toBe(403);
    expect((await book(token, '2026-06-02T08:00:00Z', { altcha: await solvedPayload() })).status).toBe(201);
    const payload = await solvedPayload();
    expect((await book(token, '2026-06-02T09:00:00Z', { altcha: payload })).status).toBe(201);
    const replay = await book(token, '2026-06-02T10:00:00Z', { altcha: payload });
    expect(replay).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
  });

  it('refuses the same solved challenge re-encoded: spaces, reordered keys, the number as a string', async () => {
    const solved = await solve(token);
    expect((await book(token, '2026-06-02T08:00:00Z', { altcha: encodeSolution(solved) })).status).toBe(201);
    const { algorithm, challenge, salt, signature, number } = solved;
    const reencodings = [
      JSON.stringify(solved, null, 2),
      JSON.stringify({ signature, salt, number, challenge, algorithm }),
      JSON.stringify({ ...solved, number: String(number) }),
    ];
    for (const [i, json] of reencodings.entries()) {
      const replay = await book(token, `2026-06-02T${10 + i}:00:00Z`, { altcha: encodeSolution(json) });
      expect(replay).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
    }
  });

  it('lets one of two concurrent requests with the same solution through', async () => {
    const altcha = await solvedPayload();
    const statuses = await Promise.all(
      ['2026-06-02T08:00:00Z', '2026-06-02T09:00:00Z'].map(
        async (start) => (await book(token, start, { altcha })).status,
      ),
    );
    expect(statuses.sort()).toEqual([201, 403]);
  });

  it('accepts a solution whose number is a string once, then refuses the canonical form', async () => {
    const solved = await solve(token);
    const asString = encodeSolution({ ...solved, number: String(solved.number) });
    expect((await book(token, '2026-06-02T08:00:00Z', { altcha: asString })).status).toBe(201);
    const canonical = await book(token, '2026-06-02T09:00:00Z', { altcha: encodeSolution(solved) });
    expect(canonical.status).toBe(403);
  });

  it('refuses a solution of a challenge issued for another link, which still books its own', async () => {
    const other = await createPublicLink(await signInOwner(t, 'bob@example.com'));
    const forOther = await solvedPayload(other.token);
    const foreign = await book(token, '2026-06-02T08:00:00Z', { altcha: forOther });
    expect(foreign).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
    expect((await book(other.token, '2026-06-02T08:00:00Z', { altcha: forOther })).status).toBe(201);
  });

  it('refuses a solution for a manage link on a booking page', async () => {
    const forManage = encodeSolution(await solveChallengeAt(t, `/bookings/public/manage/${token}/challenge`));
    const response = await book(token, '2026-06-02T08:00:00Z', { altcha: forManage });
    expect(response).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
  });

  it('refuses a challenge that has expired', async () => {
    const late = await solvedPayload();
    const inTime = await solvedPayload();
    t.clock.set('2026-06-01T08:09:00.000Z');
    expect((await book(token, '2026-06-02T08:00:00Z', { altcha: inTime })).status).toBe(201);
    t.clock.set('2026-06-01T08:10:00.000Z');
    const response = await book(token, '2026-06-02T09:00:00Z', { altcha: late });
    expect(response).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
  });

  it('refuses a tampered challenge: another expiry or scope in the salt breaks its signature', async () => {
    const solved = await solve(token);
    const later = solved.salt.replace(/expires=\d+/, 'expires=4102444800');
    const tampered = await book(token, '2026-06-02T08:00:00Z', {
      altcha: encodeSolution({ ...solved, salt: later }),
    });
    expect(tampered.status).toBe(403);
    for (const garbage of ['not base64 json', encodeSolution('[]'), encodeSolution('null')]) {
      expect((await book(token, '2026-06-02T08:00:00Z', { altcha: garbage })).status).toBe(403);
    }
  });

  it("lets the link's own owner book without the challenge or honeypot, and nobody else", async () => {
    const stranger = await realTimeToken('mallory@example.com');
    const asStranger = await book(token, '2026-06-03T08:00:00Z', {}, { authorization: `Bearer ${stranger}` });
    expect(asStranger).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
    const own = await realTimeToken('ann@example.com');
    const asOwner = await book(
      token,
      '2026-06-03T08:00:00Z',
      { website: 'x' },
      { authorization: `Bearer ${own}` },
    );
    expect(asOwner.status).toBe(201);
    const invalid = await book(token, '2026-06-03T09:00:00Z', {}, { authorization: 'Bearer not-a-token' });
    expect(invalid.status).toBe(403);
  });

  it("lets a one-time link's owner book through it without the challenge", async () => {
    const ann = await signInOwner(t, 'ann@example.com');
    const { data: links } = await ann.api.GET('/bookings/links');
    const linkId = links?.items[0]?.id ?? '';
    const { data: oneTime } = await ann.api.POST('/bookings/links/{id}/one-time', {
      params: { path: { id: linkId } },
      body: { recipientEmail: 'rita@example.com' },
    });
    const oneTimeToken = tokenOf(oneTime?.url ?? '');
    const stranger = await realTimeToken('mallory@example.com');
    expect(
      (await book(oneTimeToken, '2026-06-03T08:00:00Z', {}, { authorization: `Bearer ${stranger}` })).status,
    ).toBe(403);
    const own = await realTimeToken('ann@example.com');
    expect(
      (await book(oneTimeToken, '2026-06-03T08:00:00Z', {}, { authorization: `Bearer ${own}` })).status,
    ).toBe(201);
  });
});
