import { solveChallenge } from 'altcha-lib/v1';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { signInOwner } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { useTestApp, useTestDatabase } from '../support/use-test-app';

// The attendee's manage POSTs are guarded as booking is: bot check, rate limits per IP and per token.
const NOW = '2026-06-01T08:00:00.000Z';
const file = useTestDatabase();

async function post(baseUrl: string, path: string, body: object) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { code?: string } };
}

/** A booking made by a trusted client (owner token: no challenge), answering its manage token. */
async function bookTrusted(t: TestApp, start: string): Promise<string> {
  const { token } = await createPublicLink(await signInOwner(t, 'ann@example.com'));
  const owner = await t.app.container.repositories.owners.ensureLocal('integration@example.com');
  const bearer = createAccessTokenIssuer(TEST_JWT_SECRET, 600, () => new Date()).issue(owner).token;
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

  async function solvedPayload(): Promise<string> {
    const { data: challenge } = await t.anonymous.GET('/bookings/public/manage/{token}/challenge', {
      params: { path: { token: manageToken } },
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
});

describe('rate limits on the manage POSTs', () => {
  const t = useTestApp({
    database: file,
    reset: 'once',
    clock: NOW,
    env: { BOT_PROTECTION: 'false', RATE_LIMIT_BOOK_PER_MINUTE: '2' },
  });

  it('answers 429 problem+json once an IP has changed too often', async () => {
    const manageToken = await bookTrusted(t, '2026-06-04T07:00:00Z');
    const path = `/bookings/public/manage/${manageToken}:cancel`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(t.baseUrl, path, {})).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
