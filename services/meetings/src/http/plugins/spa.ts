import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/shared/domain-error';
import { rememberTexts } from '../remembered-text';
import { type BookingPageHeader, withBookingPageShell } from './booking-page-shell';
import { inlineStylesheet } from './inline-stylesheet';
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
/** A booking page (one path segment: the manage pages have two), served with its header already in place. */
const BOOKING_PAGE_ROUTE = '/public/bookings/:token';
/** The shape of the tokens the service hands out; anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,200}$/;

export interface SpaOptions {
  staticDir: string;
  /** Origins allowed to frame the public pages (EMBED_ALLOWED_ORIGINS). */
  embedAllowedOrigins: readonly string[];
  /** A booking page's header without counting a view; throws a DomainError when the token opens nothing. */
  peekPublicLink?: (token: string) => Promise<BookingPageHeader>;
  /** Booking pages per minute and IP: looking a token up reaches the database, as the API's own routes do. */
  bookingPagesPerIpPerMinute?: number;
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
  const pageReply = (reply: FastifyReply, policy: string, html: string | Buffer) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', policy)
      .send(html);
  for (const { urls, policy } of pages) {
    for (const url of urls) {
      app.get(url, { schema: { hide: true } }, async (_request, reply) =>
        pageReply(reply, policy, indexHtml),
      );
    }
  }

  const { peekPublicLink } = options;
  if (!peekPublicLink) return;
  const indexText = indexHtml.toString('utf8');
  const inlined = inlineStylesheet(indexText, options.staticDir);
  const bookingPagePolicy = spaContentSecurityPolicy(
    scriptHashes,
    options.embedAllowedOrigins,
    inlined ? [inlined.styleHash] : [],
  );
  const plainPublicPolicy = spaContentSecurityPolicy(scriptHashes, options.embedAllowedOrigins);
  // A booking page's HTML is made from its remembered header: once per header, not per view.
  const rememberedPages = rememberTexts();
  app.get<{ Params: { token: string } }>(
    BOOKING_PAGE_ROUTE,
    {
      schema: { hide: true },
      ...(options.bookingPagesPerIpPerMinute
        ? { config: { rateLimit: { max: options.bookingPagesPerIpPerMinute, timeWindow: '1 minute' } } }
        : {}),
    },
    async (request, reply) => {
      const header = TOKEN_SHAPE.test(request.params.token)
        ? await peekPublicLink(request.params.token).catch((error: unknown) => {
            // The app itself asks for the link and explains an unknown, disabled or expired one.
            if (!(error instanceof DomainError))
              request.log.warn({ err: error }, 'booking page header unavailable');
            return null;
          })
        : null;
      if (!header) return pageReply(reply, plainPublicPolicy, indexHtml);
      const page = rememberedPages(header, () => withBookingPageShell(inlined?.html ?? indexText, header));
      const { body, encoding } = page.encodedFor(request.headers['accept-encoding']);
      if (encoding) reply.header('content-encoding', encoding);
      return pageReply(reply.header('vary', 'accept-encoding'), bookingPagePolicy, body);
    },
  );
});
