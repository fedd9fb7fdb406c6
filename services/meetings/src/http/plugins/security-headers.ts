import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * What a response that is not a web page may do in a browser: nothing. API answers, assets and errors are never
 * documents to run or frame; pages (the SPA, the API docs) set their own policy before this one applies.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** `frame-ancestors` for a page: `'none'`, or the origins allowed to frame it. */
export function frameAncestors(origins: readonly string[]): string {
  return `frame-ancestors ${origins.length > 0 ? origins.join(' ') : "'none'"}`;
}

/**
 * The SPA's policy: its own scripts plus exactly the inline scripts of the built index.html (by hash, so an
 * injected script never runs), and requests only to its own origin. Styles come from the built stylesheet (or,
 * on a booking page, that same stylesheet written into the page, allowed by its hash);
 * React writes `style` props through the CSSOM, which a CSP does not restrict, so no 'unsafe-inline' is needed.
 */
export function spaContentSecurityPolicy(
  scriptHashes: readonly string[],
  ancestors: readonly string[],
  styleHashes: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'${hash}'`).join(' ')}`.trim(),
    "script-src-attr 'none'",
    `style-src 'self' ${styleHashes.map((hash) => `'${hash}'`).join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors(ancestors),
  ].join('; ');
}

/** `sha256-…` of each inline `<script>` of a page, as a CSP source lists it (over the exact text between the tags). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body === '') continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

export interface SecurityHeadersOptions {
  /** Send HSTS: only when the service is reached over https (PUBLIC_BASE_URL), or browsers would be locked out. */
  hsts: boolean;
}

/**
 * Headers on every response. `nosniff` stops a browser from running an answer as something it is not;
 * `strict-origin-when-cross-origin` keeps booking and manage tokens in page URLs from leaking through the
 * Referer to other sites.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: SecurityHeadersOptions) => {
  app.addHook('onSend', (_request, reply, _payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', NON_PAGE_CSP);
    done();
  });
});
