import type { FastifyReply } from 'fastify';
import { rememberTexts } from './remembered-text';

const rememberedJson = rememberTexts();

/**
 * Sends an answer the public pages' cache keeps (a page's header, a month of free times) as JSON serialized once
 * per answer instead of once per request: on a busy page the route's own serializer was a fifth of each request's
 * time, re-making the same text. The text is the route's schema serializer's, so the output is byte-identical.
 * With `compress`, a large answer goes out compressed as the browser accepts (a month of free times, ~30 kB of
 * JSON, is ~1.5 kB for a phone to fetch), also made once per answer and encoding.
 */
export function sendRemembered(reply: FastifyReply, answer: object, options: { compress?: boolean } = {}) {
  const json = rememberedJson(answer, () => String(reply.serialize(answer)));
  reply.type('application/json; charset=utf-8');
  if (!options.compress || !json.compressible) return reply.send(json.text);
  const { body, encoding } = json.encodedFor(reply.request.headers['accept-encoding']);
  reply.header('vary', 'accept-encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body);
}
