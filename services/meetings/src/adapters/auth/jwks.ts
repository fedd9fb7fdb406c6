import { createPublicKey, type JsonWebKey } from 'node:crypto';

const CACHE_MS = 10 * 60 * 1000;

/**
 * Public keys of an identity provider by `kid`, fetched from its JWKS URL and cached. An unknown `kid`
 * refetches (the provider may have rotated its keys), at most once per cache period.
 */
export function createJwksKeyResolver(url: string, now: () => number = Date.now) {
  let keys = new Map<string, string>();
  let fetchedAt = 0;

  async function refresh(): Promise<void> {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`JWKS endpoint answered ${response.status}`);
    const body = (await response.json()) as { keys?: ({ kid?: string } & JsonWebKey)[] };
    const next = new Map<string, string>();
    for (const jwk of body.keys ?? []) {
      if (!jwk.kid) continue;
      const pem = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      next.set(jwk.kid, pem.toString());
    }
    keys = next;
    fetchedAt = now();
  }

  return async function keyFor(kid: string | undefined): Promise<string> {
    if (!kid) throw new Error('token has no kid');
    if (now() - fetchedAt > CACHE_MS || !keys.has(kid)) await refresh();
    const key = keys.get(kid);
    if (!key) throw new Error(`no key ${kid} in the identity provider's JWKS`);
    return key;
  };
}
