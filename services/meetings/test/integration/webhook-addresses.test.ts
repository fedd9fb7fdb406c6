import { describe, expect, it } from 'vitest';
import { useOwnerSession } from '../factories/owner-session';
import { useTestApp } from '../support/use-test-app';

/** Internal targets, spelled the ways an attacker would; `localhost` is a name that resolves to loopback. */
const INTERNAL_URLS = [
  'http://127.0.0.1/hooks',
  'http://[::1]/hooks',
  'http://10.0.0.1/hooks',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::ffff:127.0.0.1]/hooks',
  'http://0x7f.1/hooks',
  'http://localhost:8080/hooks',
];

describe('webhook endpoints aimed at the service’s own network (WEBHOOK_ALLOW_PRIVATE unset)', () => {
  const t = useTestApp({});
  const ann = useOwnerSession(t, 'ann@example.com');

  it('refuses every internal address with 422 webhook_url_not_allowed and stores none', async () => {
    for (const url of INTERNAL_URLS) {
      const { error } = await ann.api.POST('/bookings/webhooks', { body: { url } });
      expect(error, url).toMatchObject({ status: 422, code: 'webhook_url_not_allowed' });
    }
    const { data: listed } = await ann.api.GET('/bookings/webhooks', {});
    expect(listed?.items).toEqual([]);
  });
});

describe('the same addresses with WEBHOOK_ALLOW_PRIVATE=true (local development and tests)', () => {
  const t = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
  const ann = useOwnerSession(t, 'ann@example.com');

  it('accepts them, and still refuses credentials in the URL', async () => {
    for (const url of INTERNAL_URLS) {
      const { data, error } = await ann.api.POST('/bookings/webhooks', { body: { url } });
      expect(error, url).toBeUndefined();
      expect(data?.url, url).toBeDefined();
    }
    const { error } = await ann.api.POST('/bookings/webhooks', {
      body: { url: 'http://user:secret@127.0.0.1/hooks' },
    });
    expect(error).toMatchObject({ status: 422, code: 'webhook_url_not_allowed' });
  });
});
