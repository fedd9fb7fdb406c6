import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { inlineScriptHashes, spaContentSecurityPolicy } from './security-headers';

/** The SPA's owner pages: never framed. Everything else under /bookings is the API. */
const OWNER_ROUTES = [
  '/bookings',
  '/bookings/sign-in',
  '/bookings/dashboard',
  '/bookings/dashboard/*',
  '/bookings/meetings/*',
];
/** Booking (and manage) pages: framed by the sites in EMBED_ALLOWED_ORIGINS. */
const PUBLIC_ROUTES = ['/public/bookings/*'];

export interface SpaOptions {
  staticDir: string;
  /** Origins allowed to frame the public pages (EMBED_ALLOWED_ORIGINS). */
  embedAllowedOrigins: readonly string[];
}

/**
 * Serves the built SPA: hashed assets cached for good, and index.html (never cached, so a deploy is picked up)
 * on the SPA's page routes, under a policy that lets only its own scripts and the built page's inline ones run.
 */
export const spaPlugin = fp(async (app: FastifyInstance, options: SpaOptions) => {
  const indexFile = join(options.staticDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(`no built SPA in ${options.staticDir}: the API runs without the web pages`);
    return;
  }
  const indexHtml = readFileSync(indexFile);
  await app.register(fastifyStatic, {
    root: join(options.staticDir, 'assets'),
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
    // The build writes .br and .gz beside each asset; browsers that accept them get those.
    preCompressed: true,
  });
  // The hashes come from the very file served, so a rebuild (its injected preload script names new chunks)
  // is covered by the next start without anyone copying hashes around.
  const scriptHashes = inlineScriptHashes(indexHtml.toString('utf8'));
  const pages = [
    { urls: OWNER_ROUTES, policy: spaContentSecurityPolicy(scriptHashes, []) },
    { urls: PUBLIC_ROUTES, policy: spaContentSecurityPolicy(scriptHashes, options.embedAllowedOrigins) },
  ];
  for (const { urls, policy } of pages) {
    for (const url of urls) {
      app.get(url, { schema: { hide: true } }, async (_request, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .header('content-security-policy', policy)
          .send(indexHtml),
      );
    }
  }
});
