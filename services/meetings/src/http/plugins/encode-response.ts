import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** The text compressed with one encoding, at settings quick enough to run per request. */
export function compress(text: string, encoding: PageEncoding): Buffer {
  const raw = Buffer.from(text, 'utf8');
  return encoding === 'br'
    ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(raw, { level: 6 });
}

/** Whether a text is large enough that compressing it saves more than it costs. */
export function worthCompressing(text: string): boolean {
  return text.length >= MIN_COMPRESSED_LENGTH;
}
