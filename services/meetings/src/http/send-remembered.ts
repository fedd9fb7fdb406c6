import type { FastifyReply } from 'fastify';
import { acceptedEncodings, compress, type PageEncoding, worthCompressing } from './plugins/encode-response';

interface RememberedText {
  json: string;
  /** The JSON compressed, per encoding a browser has asked for. */
  compressed: Partial<Record<PageEncoding, Buffer>>;
}

/** Each remembered answer's JSON, made once: the answer cache hands out the same object until it recomputes it. */
const remembered = new WeakMap<object, RememberedText>();

/**
 * Sends an answer the public pages' cache keeps (a page's header, a month of free times) as JSON serialized once
 * per answer instead of once per request: on a busy page the route's own serializer was a fifth of each request's
 * time, re-making the same text. The text is the route's schema serializer's, so the output is byte-identical.
 * With `compress`, a large answer goes out compressed as the browser accepts (a month of free times, ~30 kB of
 * JSON, is ~1.5 kB for a phone to fetch), also made once per answer and encoding.
 */
export function sendRemembered(reply: FastifyReply, answer: object, options: { compress?: boolean } = {}) {
  let text = remembered.get(answer);
  if (text === undefined) {
    text = { json: String(reply.serialize(answer)), compressed: {} };
    remembered.set(answer, text);
  }
  reply.type('application/json; charset=utf-8');
  if (!options.compress || !worthCompressing(text.json)) return reply.send(text.json);
  reply.header('vary', 'accept-encoding');
  const [encoding] = acceptedEncodings(reply.request.headers['accept-encoding']);
  if (!encoding) return reply.send(text.json);
  text.compressed[encoding] ??= compress(text.json, encoding);
  return reply.header('content-encoding', encoding).send(text.compressed[encoding]);
}
