import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type PageEncoding = 'br' | 'gzip';

/** Below this, compressing saves less than it costs. */
const MIN_COMPRESSED_LENGTH = 1024;

/** The encodings an Accept-Encoding header allows (a `q=0` refuses one), best first. */
export function acceptedEncodings(header: string | undefined): PageEncoding[] {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    if (quality === undefined || Number(quality) > 0) accepted.add(name.trim());
  }
  return (['br', 'gzip'] as const).filter((encoding) => accepted.has(encoding));
}

/**
 * A text written per request (a booking page with its header and stylesheet, a month of free times), compressed
 * as the browser accepts: built assets have their compressed copies on disk, this is made on the spot (well
 * under a millisecond for these sizes at these settings).
 */
export function encodeResponse(
  text: string,
  acceptEncoding: string | undefined,
): { body: Buffer; encoding: PageEncoding | null } {
  const [encoding = null] = acceptedEncodings(acceptEncoding);
  const raw = Buffer.from(text, 'utf8');
  if (encoding === 'br')
    return {
      body: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      encoding,
    };
  if (encoding === 'gzip') return { body: gzipSync(raw, { level: 6 }), encoding };
  return { body: raw, encoding: null };
}

/**
 * An onSend hook for a route whose successful answers are large (a month of free times is ~30 kB of JSON, ~3 kB
 * compressed): the booking page waits for it on a phone's connection.
 */
export async function compressLargeAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (typeof payload !== 'string' || payload.length < MIN_COMPRESSED_LENGTH || reply.statusCode !== 200)
    return payload;
  const { body, encoding } = encodeResponse(payload, request.headers['accept-encoding']);
  reply.header('vary', 'accept-encoding');
  if (!encoding) return payload;
  reply.header('content-encoding', encoding);
  return body;
}
