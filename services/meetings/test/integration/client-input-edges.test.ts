import { createSigner } from 'fast-jwt';
import { describe, expect, it } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { useOwnerSession } from '../factories/owner-session';
import { bookingBody, createPublicLink } from '../factories/public-links';
import { TEST_JWT_SECRET, UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Inputs a fuzzer once turned into 500s (PostgreSQL or Date errors): each is now a 400 problem naming its field.
const t = useTestApp({ clock: '2026-06-01T08:00:00.000Z', env: UNLIMITED_PUBLIC_API });
const ann = useOwnerSession(t, 'ann@example.com');
// Tokens are checked against the real time, whatever the app's fake clock says.
const realTimeTokens = createAccessTokenIssuer(TEST_JWT_SECRET, 3600, () => new Date());
const ownerToken = async () =>
  realTimeTokens.issue(await t.app.container.repositories.owners.ensureLocal(ann.email)).token;

async function send(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${t.baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const problem = (await response.json()) as { code?: string; errors?: { path: string; message: string }[] };
  return { status: response.status, type: response.headers.get('content-type') ?? '', problem };
}

function expectFieldRefused(answer: Awaited<ReturnType<typeof send>>, path: string) {
  expect(answer.status, JSON.stringify(answer.problem)).toBe(400);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.problem.code).toBe('validation_failed');
  expect(answer.problem.errors?.map((error) => error.path)).toContain(path);
}

const OUT_OF_RANGE_INSTANTS = [
  '2026-12-31T23:59:60Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
];

describe('instants outside 1970–2199, and leap seconds', () => {
  it.each(
    OUT_OF_RANGE_INSTANTS,
  )('refuses %s in availability, booking, one-time slots and the bookings list', async (instant) => {
    const { link, token } = await createPublicLink(ann);
    const owner = await ownerToken();
    expectFieldRefused(
      await send('GET', `/bookings/public/${token}/availability?from=${instant}&to=2027-01-05T00:00:00Z`),
      'query.from',
    );
    expectFieldRefused(await send('POST', `/bookings/public/${token}/book`, bookingBody(instant)), 'start');
    expectFieldRefused(
      await send(
        'POST',
        `/bookings/links/${link.id}/one-time`,
        {
          recipientEmail: 'rita@example.com',
          pickedSlots: [{ start: instant, end: '2027-01-01T00:30:00Z' }],
        },
        owner,
      ),
      'pickedSlots[0].start',
    );
    expectFieldRefused(
      await send('GET', `/bookings/bookings?from=${instant}`, undefined, owner),
      'query.from',
    );
  });

  it('refuses analytics dates in year 9999', async () => {
    const { link } = await createPublicLink(ann);
    const answer = await send(
      'GET',
      `/bookings/links/${link.id}/analytics?from=9999-01-01&to=9999-12-31`,
      undefined,
      await ownerToken(),
    );
    expectFieldRefused(answer, 'query.from');
    expect(answer.problem.errors?.[0]?.message).toContain('between the years 1970 and 2199');
  });
});

describe('the NUL character', () => {
  it('is refused in a booking name, a link title and a template name, naming the field', async () => {
    const { token } = await createPublicLink(ann);
    const owner = await ownerToken();
    expectFieldRefused(
      await send(
        'POST',
        `/bookings/public/${token}/book`,
        bookingBody('2026-06-02T07:00:00Z', { name: 'Ri\u0000ta' }),
      ),
      'name',
    );
    expectFieldRefused(await send('POST', '/bookings/links', { title: 'In\u0000tro' }, owner), 'title');
    expectFieldRefused(
      await send('POST', '/bookings/templates', { name: 'T\u0000', questions: [] }, owner),
      'name',
    );
  });

  it('makes a token whose email or subject carries it a 401, not a database error', async () => {
    const sign = createSigner({ key: TEST_JWT_SECRET, algorithm: 'HS256' });
    const claims = { iss: 'bookings', aud: 'bookings', exp: Math.floor(Date.now() / 1000) + 600 };
    for (const token of [
      sign({ ...claims, sub: '6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a10', email: 'a\u0000@example.com' }),
      sign({ ...claims, sub: 'x\u0000y', email: 'nul@example.com' }),
    ]) {
      const answer = await send('GET', '/bookings/me', undefined, token);
      expect(answer.status).toBe(401);
      expect(answer.problem.code).toBe('unauthorized');
    }
  });
});

// Found by the contract fuzz test (fuzz-contract.test.ts).
describe('inputs the contract fuzzer found', () => {
  it('refuses a body nested thousands of levels deep as 400, without overflowing the stack', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/auth/magic-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `${'['.repeat(3000)}${']'.repeat(3000)}`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { code: string }).code).toBe('validation_failed');
  });

  it('refuses a page limit that is a number too large to be finite (1e400)', async () => {
    const owner = await ownerToken();
    for (const path of ['/bookings/links', '/bookings/templates', '/bookings/bookings', '/bookings/audit']) {
      expectFieldRefused(await send('GET', `${path}?limit=1e400`, undefined, owner), 'query.limit');
    }
  });
});

describe('JSON bodies are not coerced', () => {
  it('refuses an empty templateId instead of reading it as null', async () => {
    expectFieldRefused(
      await send('POST', '/bookings/links', { title: 'Intro', templateId: '' }, await ownerToken()),
      'templateId',
    );
  });

  it('refuses null for a boolean instead of reading it as false', async () => {
    const owner = await ownerToken();
    expectFieldRefused(
      await send('POST', '/bookings/templates', { name: 'Intro', emailFollowupEnabled: null }, owner),
      'emailFollowupEnabled',
    );
    expectFieldRefused(
      await send('POST', '/bookings/links', { title: 'Intro', isActive: null }, owner),
      'isActive',
    );
  });

  it('still coerces the query string, where every value is text', async () => {
    const answer = await send('GET', '/bookings/links?limit=2&active=true', undefined, await ownerToken());
    expect(answer.status).toBe(200);
  });
});
