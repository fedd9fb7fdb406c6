import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { servicePath } from '../../service-root';

const EMBED_SCRIPT = readFileSync(servicePath('src', 'http', 'embed', 'bookings-embed.js'));

/**
 * `GET /bookings/embed.js`: the script owners paste into their own sites to show a booking page (see the
 * links list's "Embed" snippet). Cached for an hour so a fix reaches every site the same day.
 */
export const embedScriptPlugin = fp(async (app: FastifyInstance) => {
  app.get('/bookings/embed.js', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('access-control-allow-origin', '*')
      .send(EMBED_SCRIPT),
  );
});
