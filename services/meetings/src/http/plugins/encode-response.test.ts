import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, encodeResponse } from './encode-response';

const PAGE = `<!doctype html><title>x</title>${'<p>booking</p>'.repeat(200)}`;

describe('acceptedEncodings', () => {
  it('prefers brotli, then gzip, and honours q=0 as a refusal', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=0.8, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('encodeResponse', () => {
  it('compresses as the browser accepts, and the bytes decode to the page', () => {
    const br = encodeResponse(PAGE, 'gzip, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(PAGE);
    expect(br.body.length).toBeLessThan(PAGE.length / 10);

    const gzip = encodeResponse(PAGE, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(PAGE);
  });

  it('sends the page as it is when the browser accepts no compression', () => {
    const plain = encodeResponse(PAGE, undefined);
    expect(plain.encoding).toBeNull();
    expect(plain.body.toString('utf8')).toBe(PAGE);
  });
});
