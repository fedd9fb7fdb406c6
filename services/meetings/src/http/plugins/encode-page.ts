import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type PageEncoding = 'br' | 'gzip';

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
 * A page written per request (a booking page, its header and stylesheet inside), compressed as the browser
 * accepts: built assets have their compressed copies on disk, this one is made on the spot (well under a
 * millisecond for its size at these settings).
 */
export function encodePage(
  html: string,
  acceptEncoding: string | undefined,
): { body: Buffer; encoding: PageEncoding | null } {
  const [encoding = null] = acceptedEncodings(acceptEncoding);
  const raw = Buffer.from(html, 'utf8');
  if (encoding === 'br')
    return {
      body: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      encoding,
    };
  if (encoding === 'gzip') return { body: gzipSync(raw, { level: 6 }), encoding };
  return { body: raw, encoding: null };
}
