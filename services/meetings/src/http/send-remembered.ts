import type { FastifyReply } from 'fastify';

/** Each remembered answer's JSON, made once: the answer cache hands out the same object until it recomputes it. */
const serialized = new WeakMap<object, ReturnType<FastifyReply['serialize']>>();

/**
 * Sends an answer the public pages' cache keeps (a page's header, a month of free times) as JSON serialized once
 * per answer instead of once per request: on a busy page the route's own serializer was a fifth of each request's
 * time, re-making the same text. The text is the route's schema serializer's, so the output is byte-identical.
 */
export function sendRemembered(reply: FastifyReply, answer: object) {
  let body = serialized.get(answer);
  if (body === undefined) {
    body = reply.serialize(answer);
    serialized.set(answer, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
}
