import { createHmac, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSigner } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

// Many sign-ins from one address in one minute: the per-IP limit has tests (and apps) of its own.
const t = useTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' } });

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: object = {}) => ({
  sub: '6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a10',
  email: 'ann@example.com',
  name: 'Ann',
  iss: 'bookings',
  aud: 'bookings',
  iat: now(),
  exp: now() + 600,
  ...overrides,
});
const hs256 = (payload: object, secret = TEST_JWT_SECRET) =>
  createSigner({ key: secret, algorithm: 'HS256' })(payload);

async function getMe(authorization?: string) {
  const response = await fetch(`${t.baseUrl}/bookings/me`, {
    headers: authorization ? { authorization } : {},
  });
  const body = (await response.json()) as Record<string, string>;
  return { status: response.status, type: response.headers.get('content-type'), body };
}

describe('owner routes need a valid bearer token', () => {
  it('answers 401 problem+json without a token', async () => {
    const { status, type, body } = await getMe();
    expect(status).toBe(401);
    expect(type).toContain('application/problem+json');
    expect(body).toMatchObject({ status: 401, code: 'unauthorized', title: 'Unauthorized' });
    expect(body.detail).toMatch(/Bearer/);
  });

  it('rejects a token signed with another secret', async () => {
    const { status, body } = await getMe(
      `Bearer ${hs256(claims(), 'another-secret-that-is-long-enough-000000')}`,
    );
    expect(status).toBe(401);
    expect(body.code).toBe('unauthorized');
  });

  it('rejects an expired token', async () => {
    const { status, body } = await getMe(`Bearer ${hs256(claims({ iat: now() - 7200, exp: now() - 3600 }))}`);
    expect(status).toBe(401);
    expect(body.detail).toMatch(/expired/);
  });

  it('rejects alg none', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`;
    const { status, body } = await getMe(`Bearer ${unsigned}`);
    expect(status).toBe(401);
    expect(body.code).toBe('unauthorized');
  });

  it('rejects a token of ours without an issuer or an audience', async () => {
    const { iss: _iss, ...withoutIssuer } = claims();
    const { aud: _aud, ...withoutAudience } = claims();
    expect((await getMe(`Bearer ${hs256(withoutIssuer)}`)).status).toBe(401);
    expect((await getMe(`Bearer ${hs256(withoutAudience)}`)).status).toBe(401);
    expect((await getMe(`Bearer ${hs256(claims())}`)).status).toBe(200);
  });

  it('answers 409 identity_conflict, never a 500, when a token of ours names a new owner id with a taken email', async () => {
    const existing = await t.app.container.repositories.owners.ensureLocal('ann@example.com');
    const token = hs256(claims({ sub: '0b6e7f4a-2c1d-4e8f-9a3b-5c6d7e8f9a0b', email: 'ann@example.com' }));
    for (let i = 0; i < 2; i++) {
      const { status, body } = await getMe(`Bearer ${token}`);
      expect(status).toBe(409);
      expect(body.code).toBe('identity_conflict');
    }
    // The owner that email belongs to is untouched and still signs in with a token naming it.
    const own = await getMe(`Bearer ${hs256(claims({ sub: existing.id, email: 'ann@example.com' }))}`);
    expect(own.status).toBe(200);
    expect(own.body.id).toBe(existing.id);
  });

  it('rejects a token for another audience', async () => {
    const { status } = await getMe(`Bearer ${hs256(claims({ aud: 'someone-else' }))}`);
    expect(status).toBe(401);
  });

  it('rejects a malformed header and a tampered payload', async () => {
    expect((await getMe('Token abc')).status).toBe(401);
    const [header, , signature] = hs256(claims()).split('.');
    const tampered = `${header}.${base64url(claims({ email: 'mallory@example.com' }))}.${signature}`;
    expect((await getMe(`Bearer ${tampered}`)).status).toBe(401);
  });

  it('creates the owner on first use of a valid token', async () => {
    const { status, body } = await getMe(`Bearer ${hs256(claims())}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      id: claims().sub,
      email: 'ann@example.com',
      name: 'Ann',
      timeZone: 'UTC',
      locale: null,
      avatarUrl: null,
    });
  });
});

describe('magic-link sign-in', () => {
  it('mails a single-use link whose token signs in', async () => {
    const sent = await t.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'Bob@Example.com' } });
    expect(sent.response.status).toBe(202);
    // No SMTP_URL here: the answer says the link stayed on the server (log and DATA_DIR/mail).
    expect(sent.data).toEqual({ status: 'sent', expiresInMinutes: 15, delivery: 'server' });

    const mail = await t.mailbox.lastTo('bob@example.com');
    const link = /https?:\/\/\S+sign-in\?token=([\w-]+)/.exec(mail.text ?? '');
    expect(link?.[1]).toBeTruthy();
    const token = link?.[1] ?? '';

    const verified = await t.anonymous.POST('/bookings/auth/verify', { body: { token } });
    expect(verified.response.status).toBe(200);
    expect(verified.data?.owner.email).toBe('bob@example.com');
    const me = await getMe(`Bearer ${verified.data?.accessToken}`);
    expect(me.body.id).toBe(verified.data?.owner.id);

    const again = await t.anonymous.POST('/bookings/auth/verify', { body: { token } });
    expect(again.response.status).toBe(401);
    expect(again.error?.code).toBe('sign_in_link_invalid');
  });

  it('signs the same email in as the same owner every time', async () => {
    const first = await t.tokenFor('carol@example.com');
    const second = await t.tokenFor('CAROL@example.com');
    expect((await getMe(`Bearer ${first}`)).body.id).toBe((await getMe(`Bearer ${second}`)).body.id);
  });

  it('limits sign-in emails per IP as RATE_LIMIT_SIGN_IN_PER_MINUTE says', async () => {
    const limited = await t.startApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '2' } });
    const request = () =>
      limited.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'dan@example.com' } });
    expect((await request()).response.status).toBe(202);
    expect((await request()).response.status).toBe(202);
    const refused = await request();
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.error?.code).toBe('rate_limited');
    await limited.close();
  });

  it('sends one address at most 3 links per 15 minutes, whatever the IPs asking', async () => {
    const ask = () => t.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'erin@example.com' } });
    for (let i = 0; i < 3; i++) expect((await ask()).response.status).toBe(202);
    const refused = await ask();
    expect(refused.response.status).toBe(429);
    expect(refused.error?.code).toBe('rate_limited');
    expect(await t.mailbox.allTo('erin@example.com')).toHaveLength(3);
    // Another address is not held back by Erin's.
    const other = await t.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'fay@example.com' } });
    expect(other.response.status).toBe(202);
  });

  it('uses up every other outstanding link of the address once one signs in', async () => {
    await t.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'gus@example.com' } });
    await t.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'gus@example.com' } });
    const tokens = (await t.mailbox.allTo('gus@example.com')).map(
      (mail) => /sign-in\?token=([\w-]+)/.exec(mail.text ?? '')?.[1] ?? '',
    );
    expect(new Set(tokens).size).toBe(2);
    const [used = '', other = ''] = tokens;
    expect((await t.anonymous.POST('/bookings/auth/verify', { body: { token: used } })).response.status).toBe(
      200,
    );
    const late = await t.anonymous.POST('/bookings/auth/verify', { body: { token: other } });
    expect(late.response.status).toBe(401);
    expect(late.error?.code).toBe('sign_in_link_invalid');
  });

  it('limits sign-in verifications per IP as RATE_LIMIT_SIGN_IN_PER_MINUTE says', async () => {
    const limited = await t.startApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '2' } });
    const verify = () => limited.anonymous.POST('/bookings/auth/verify', { body: { token: 'x'.repeat(43) } });
    expect((await verify()).response.status).toBe(401);
    expect((await verify()).response.status).toBe(401);
    const refused = await verify();
    expect(refused.response.status).toBe(429);
    expect(refused.error?.code).toBe('rate_limited');
    await limited.close();
  });

  it('rejects an unknown token and an invalid email', async () => {
    const unknown = await t.anonymous.POST('/bookings/auth/verify', { body: { token: 'x'.repeat(43) } });
    expect(unknown.response.status).toBe(401);
    const invalid = await t.anonymous.POST('/bookings/auth/magic-link', { body: { email: 'not-an-email' } });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.errors).toEqual([{ path: 'email', message: 'must match format "email"' }]);
  });
});

describe('tokens from an identity provider (JWKS)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let jwksServer: Server;
  let idp: TestApp;
  const issuer = 'https://idp.example.test/';

  beforeAll(async () => {
    jwksServer = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }],
        }),
      );
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    idp = await t.startApp({
      env: {
        JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: 'bookings-api',
      },
    });
  });
  afterAll(async () => {
    await idp.close();
    await new Promise((resolve) => jwksServer.close(resolve));
  });

  const rs256 = (payload: object) =>
    createSigner({
      key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      algorithm: 'RS256',
      kid: 'k1',
    })(payload);
  const idpClaims = (overrides: object = {}) =>
    claims({ sub: 'auth0|12345', iss: issuer, aud: 'bookings-api', zoneinfo: 'Europe/Berlin', ...overrides });
  const me = async (token: string) => {
    const response = await fetch(`${idp.baseUrl}/bookings/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await response.json()) as Record<string, string>;
  };

  it('accepts an RS256 token with the configured issuer and audience', async () => {
    const body = await me(rs256(idpClaims()));
    expect(body).toMatchObject({ email: 'ann@example.com', timeZone: 'Europe/Berlin' });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await me(rs256(idpClaims()))).id).toBe(body.id);
  });

  it('rejects a wrong issuer or audience', async () => {
    expect((await me(rs256(idpClaims({ iss: 'https://evil.example.test/' })))).code).toBe('unauthorized');
    expect((await me(rs256(idpClaims({ aud: 'other' })))).code).toBe('unauthorized');
  });

  it('never accepts the public key as an HMAC secret', async () => {
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const header = base64url({ alg: 'HS256', typ: 'JWT', kid: 'k1' });
    const payload = base64url(idpClaims());
    const signature = createHmac('sha256', pem).update(`${header}.${payload}`).digest('base64url');
    expect((await me(`${header}.${payload}.${signature}`)).code).toBe('unauthorized');
  });
});

describe('magic-link sign-in with SMTP configured', () => {
  const smtp = useTestApp({ smtp: true });

  it('says the link was emailed, and it arrives over SMTP', async () => {
    const sent = await smtp.anonymous.POST('/bookings/auth/magic-link', {
      body: { email: 'cy@example.com' },
    });
    expect(sent.data).toEqual({ status: 'sent', expiresInMinutes: 15, delivery: 'email' });
    // The send is awaited before the 202: the message is already in the inbox.
    expect(smtp.inbox.to('cy@example.com')[0]?.parsed.text).toMatch(/sign-in\?token=/);
  });
});
