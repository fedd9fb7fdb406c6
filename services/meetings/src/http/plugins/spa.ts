import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The SPA's own pages; everything else under /bookings is the API. */
const SPA_ROUTES = [
  '/bookings',
  '/bookings/sign-in',
  '/bookings/dashboard',
  '/bookings/dashboard/*',
  '/bookings/meetings/*',
  '/public/bookings/*',
];

/**
 * Serves the built SPA: hashed assets cached for good, and index.html (never cached, so a deploy is picked up)
 * on the SPA's page routes.
 */
export const spaPlugin = fp(async (app: FastifyInstance, options: { staticDir: string }) => {
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
  for (const url of SPA_ROUTES) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml),
    );
  }
});
