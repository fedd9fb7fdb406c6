import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/use-test-app';

// What Fastify and Node refuse before any route runs is still a problem+json with a stable code.
const t = useTestApp();

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as { status: number; code: string };
}

describe('errors raised before a route runs', () => {
  it('answers a URL that cannot be decoded with 400 bad_url', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/links/%zz`);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe('bad_url');
  });

  it('lets the schema judge a 101–200 character token (no 414 below its own limit)', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/public/${'a'.repeat(150)}`);
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe('link_not_found');
    const tooLong = await fetch(`${t.baseUrl}/bookings/public/${'a'.repeat(300)}`);
    expect(tooLong.status).toBe(400);
    expect((await problemOf(tooLong)).code).toBe('validation_failed');
    const pastTheRouter = await fetch(`${t.baseUrl}/bookings/public/${'a'.repeat(600)}`);
    expect(pastTheRouter.status).toBe(414);
    expect((await problemOf(pastTheRouter)).code).toBe('uri_too_long');
  });

  it('answers oversized headers with 431 headers_too_large', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/health`, {
      headers: { 'x-big': 'a'.repeat(20_000) },
    });
    expect(response.status).toBe(431);
    expect((await problemOf(response)).code).toBe('headers_too_large');
  });

  it('answers a method the path does not take with 405 and Allow', async () => {
    const headers = { authorization: `Bearer ${await t.tokenFor('ann@example.com')}` };
    const purge = await fetch(`${t.baseUrl}/bookings/links`, { method: 'DELETE', headers });
    expect(purge.status).toBe(405);
    expect(purge.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await problemOf(purge)).code).toBe('method_not_allowed');
    const health = await fetch(`${t.baseUrl}/bookings/health`, { method: 'PUT' });
    expect(health.status).toBe(405);
    expect(health.headers.get('allow')).toBe('GET, HEAD');
    const nowhere = await fetch(`${t.baseUrl}/bookings/nothing-here/at/all`, { method: 'DELETE', headers });
    expect(nowhere.status).toBe(404);
    expect((await problemOf(nowhere)).code).toBe('not_found');
  });
});
