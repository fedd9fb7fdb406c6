import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/use-test-app';

/**
 * A built SPA as the vite build writes it: the source index.html (its early-fetch inline script), the inline
 * preload script the build injects, an external entry script, and an asset.
 */
function writeBuiltSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bookings-spa-'));
  const source = readFileSync(new URL('../../../../frontend/index.html', import.meta.url), 'utf8');
  const injected =
    '<script type="module" crossorigin src="/assets/index-test.js"></script>\n' +
    '<script>if (/^\\/public\\/bookings\\//.test(location.pathname)) { window.__bookingsEarlyLink?.startAvailability?.(); }</script>\n';
  const html = source
    .replace(/<script type="module" src="\/src\/main.tsx"><\/script>/, '')
    .replace('</head>', `${injected}</head>`);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'assets', 'index-test.js'), 'export {};\n');
  return dir;
}

const STATIC_DIR = writeBuiltSpa();
const t = useTestApp({ env: { STATIC_DIR } });

/** The policy's directives by name. */
function directives(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy');
  expect(header).toBeTruthy();
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body = '']) => body);
}

/** A GET whose body is read to the end: an unread body keeps its connection busy and the app from closing. */
async function get(url: string | URL): Promise<Response & { content: string }> {
  const response = await fetch(url);
  const content = await response.text();
  return Object.assign(response, { content });
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function expectCommonHeaders(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

describe('security headers', () => {
  it('an API answer and an API error may not be run, framed or sniffed', async () => {
    for (const path of ['/bookings/health', '/bookings/links', '/bookings/no-such-route']) {
      const response = await get(`${t.baseUrl}${path}`);
      expect([200, 401, 404]).toContain(response.status);
      expectCommonHeaders(response);
      const policy = directives(response);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('an owner page runs only its own scripts and the built inline ones, and is never framed', async () => {
    const response = await get(`${t.baseUrl}/bookings/dashboard/links`);
    expect(response.status).toBe(200);
    expectCommonHeaders(response);
    const policy = directives(response);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts[0]).toBe("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lists the hash of every inline script the page serves, and nothing else', async () => {
    for (const path of ['/bookings', '/bookings/sign-in', '/public/bookings/some-token']) {
      const response = await get(`${t.baseUrl}${path}`);
      const scripts = inlineScripts(response.content);
      // The early-fetch script of index.html and the preload script the build injects.
      expect(scripts).toHaveLength(2);
      const allowed = (directives(response).get('script-src') ?? []).filter((source) =>
        source.startsWith("'sha256-"),
      );
      expect(allowed.sort()).toEqual(scripts.map(sha256).sort());
    }
  });

  it('a public booking page is not framed by any site unless EMBED_ALLOWED_ORIGINS names it', async () => {
    const response = await get(`${t.baseUrl}/public/bookings/some-token?embed=1`);
    expect(response.status).toBe(200);
    expectCommonHeaders(response);
    expect(directives(response).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('a public booking page may be framed by the origins in EMBED_ALLOWED_ORIGINS, owner pages still not', async () => {
    const embedding = await t.startApp({
      env: { EMBED_ALLOWED_ORIGINS: 'https://partner.example, http://127.0.0.1:8081/' },
    });
    const publicPage = await get(`${embedding.baseUrl}/public/bookings/some-token?embed=1`);
    expect(directives(publicPage).get('frame-ancestors')).toEqual([
      'https://partner.example',
      'http://127.0.0.1:8081',
    ]);
    const manage = await get(`${embedding.baseUrl}/public/bookings/manage/some-token`);
    expect(directives(manage).get('frame-ancestors')).toEqual([
      'https://partner.example',
      'http://127.0.0.1:8081',
    ]);
    const ownerPage = await get(`${embedding.baseUrl}/bookings/dashboard`);
    expect(directives(ownerPage).get('frame-ancestors')).toEqual(["'none'"]);
    const api = await get(`${embedding.baseUrl}/bookings/public/some-token`);
    expect(directives(api).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('assets are served with nosniff', async () => {
    const response = await get(`${t.baseUrl}/assets/index-test.js`);
    expect(response.status).toBe(200);
    expectCommonHeaders(response);
  });

  it('sends HSTS only when the public URL is https', async () => {
    const plain = await get(`${t.baseUrl}/bookings/health`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const secure = await t.startApp({ env: { PUBLIC_BASE_URL: 'https://bookings.example' } });
    for (const path of ['/bookings/health', '/bookings/dashboard', '/bookings/no-such-route']) {
      const response = await get(`${secure.baseUrl}${path}`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('Swagger UI loads under its own policy: its scripts are its own files, allowed by script-src', async () => {
    const page = await get(`${t.baseUrl}/bookings/docs/`);
    expect(page.status).toBe(200);
    expectCommonHeaders(page);
    const policy = directives(page);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    // `upgrade-insecure-requests` (the plugin's default) would send a plain-http installation's requests to https.
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    const html = page.content;
    expect(inlineScripts(html).filter((body) => body.trim() !== '')).toEqual([]);
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src = '']) => src);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) {
      const url = new URL(source, page.url);
      // script-src 'self': every script is on the service's own origin.
      expect(url.origin).toBe(t.baseUrl);
      const script = await get(url);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('javascript');
    }
    // The document the UI reads sends "Try it out" to the page's own origin (connect-src 'self').
    const document = await get(`${t.baseUrl}/bookings/docs/json`);
    expect(document.status).toBe(200);
    expect((JSON.parse(document.content) as { servers: { url: string }[] }).servers).toEqual([
      { url: '/', description: 'This service' },
    ]);
    // Only the UI's copy: the contract keeps its own servers entry.
    const contract = await get(`${t.baseUrl}/bookings/openapi.json`);
    expect((JSON.parse(contract.content) as { servers: { url: string }[] }).servers[0]?.url).not.toBe('/');
  });
});
