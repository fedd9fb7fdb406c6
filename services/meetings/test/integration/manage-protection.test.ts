import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { encodeSolution, solveChallengeAt } from '../factories/bot-challenge';
import { signInOwner } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { createFakeClock } from '../support/fake-clock';
import { TEST_JWT_SECRET, type TestApp, UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp, useTestDatabase } from '../support/use-test-app';

// The attendee's manage POSTs are guarded as booking is: bot check, rate limits per IP and per token.
const NOW = '2026-06-01T08:00:00.000Z';
const file = useTestDatabase();

async function post(baseUrl: string, path: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { code?: string } };
}

/** Owner tokens are checked against the real time, whatever the app's fake clock says. */
async function realTimeToken(t: TestApp, email: string): Promise<string> {
  const owner = await t.app.container.repositories.owners.ensureLocal(email);
  return createAccessTokenIssuer(TEST_JWT_SECRET, 600, () => new Date()).issue(owner).token;
}

/** A booking made by the link's owner (their token: no challenge), answering its manage token. */
async function bookTrusted(t: TestApp, start: string): Promise<string> {
  const { token } = await createPublicLink(await signInOwner(t, 'ann@example.com'));
  const bearer = await realTimeToken(t, 'ann@example.com');
  const response = await fetch(`${t.baseUrl}/bookings/public/${token}/book`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify(bookingBody(start)),
  });
  const { manageUrl } = (await response.json()) as { manageUrl: string };
  return manageUrl.split('/public/bookings/manage/')[1] ?? '';
}

describe('bot check on the manage POSTs', () => {
  const t = useTestApp({ database: file, reset: 'once', clock: NOW, env: { BOT_PROTECTION: 'true' } });
  let manageToken: string;
  beforeAll(async () => {
    manageToken = await bookTrusted(t, '2026-06-03T07:00:00Z');
  });

  const solvedPayload = async (token = manageToken) =>
    encodeSolution(await solveChallengeAt(t, `/bookings/public/manage/${token}/challenge`));

  it('refuses a reschedule or cancel without a solved challenge, then accepts one with it', async () => {
    const { data: page } = await t.anonymous.GET('/bookings/public/manage/{token}', {
      params: { path: { token: manageToken } },
    });
    expect(page?.botProtection).toBe(true);
    const move = await post(t.baseUrl, `/bookings/public/manage/${manageToken}:reschedule`, {
      start: '2026-06-03T08:00:00Z',
      duration: 30,
    });
    expect(move).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
    const spam = await post(t.baseUrl, `/bookings/public/manage/${manageToken}:cancel`, {
      altcha: await solvedPayload(),
      website: 'spam',
    });
    expect(spam.status).toBe(403);
    const cancel = await post(t.baseUrl, `/bookings/public/manage/${manageToken}:cancel`, {
      altcha: await solvedPayload(),
    });
    expect(cancel.status).toBe(200);
  });

  it('refuses a solution solved for another booking or for a booking page', async () => {
    const target = await bookTrusted(t, '2026-06-03T09:00:00Z');
    const other = await bookTrusted(t, '2026-06-03T10:00:00Z');
    const forOther = await solvedPayload(other);
    const foreign = await post(t.baseUrl, `/bookings/public/manage/${target}:cancel`, { altcha: forOther });
    expect(foreign).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
    const forBookingPage = encodeSolution(await solveChallengeAt(t, `/bookings/public/${target}/challenge`));
    const asBooking = await post(t.baseUrl, `/bookings/public/manage/${target}:cancel`, {
      altcha: forBookingPage,
    });
    expect(asBooking.status).toBe(403);
    const replay = await post(t.baseUrl, `/bookings/public/manage/${other}:cancel`, { altcha: forOther });
    expect(replay.status).toBe(200);
    const again = await post(t.baseUrl, `/bookings/public/manage/${other}:cancel`, { altcha: forOther });
    expect(again.status).toBe(403);
  });

  it("lets only the booking's owner change it without a challenge", async () => {
    const target = await bookTrusted(t, '2026-06-03T11:00:00Z');
    const path = `/bookings/public/manage/${target}:cancel`;
    const stranger = await realTimeToken(t, 'mallory@example.com');
    const asStranger = await post(t.baseUrl, path, {}, { authorization: `Bearer ${stranger}` });
    expect(asStranger).toMatchObject({ status: 403, body: { code: 'bot_check_failed' } });
    const own = await realTimeToken(t, 'ann@example.com');
    expect((await post(t.baseUrl, path, {}, { authorization: `Bearer ${own}` })).status).toBe(200);
  });
});

describe('rate limits on the manage POSTs', () => {
  /** One app per test: its counters start at zero whatever ran before. */
  async function appWithLimits(limits: Record<string, string>) {
    await file.database.reset();
    const app = await file.startApp({
      adapters: { clock: createFakeClock(NOW) },
      env: { ...UNLIMITED_PUBLIC_API, ...limits },
    });
    onTestFinished(() => app.close());
    return app;
  }
  const cancel = (app: TestApp, manageToken: string, from: string) =>
    post(app.baseUrl, `/bookings/public/manage/${manageToken}:cancel`, {}, { 'x-forwarded-for': from }).then(
      ({ status }) => status,
    );

  it('answers 429 problem+json once an IP has changed too often', async () => {
    const t = await appWithLimits({ RATE_LIMIT_BOOK_PER_MINUTE: '2' });
    const manageToken = await bookTrusted(t, '2026-06-04T07:00:00Z');
    const path = `/bookings/public/manage/${manageToken}:cancel`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(t.baseUrl, path, {})).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('limits changes per manage link, whichever IPs they come from, leaving other bookings open', async () => {
    const t = await appWithLimits({ TRUST_PROXY: 'true', RATE_LIMIT_BOOK_PER_LINK_PER_MINUTE: '2' });
    const manageToken = await bookTrusted(t, '2026-06-04T07:00:00Z');
    const other = await bookTrusted(t, '2026-06-04T09:00:00Z');
    const statuses = [
      await cancel(t, manageToken, '198.51.100.1'),
      await cancel(t, manageToken, '198.51.100.2'),
      await cancel(t, manageToken, '198.51.100.3'),
      await cancel(t, other, '198.51.100.4'),
    ];
    expect(statuses).toEqual([200, 200, 429, 200]);
  });
});
