import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from './encode-response';

describe('acceptedEncodings', () => {
  it('prefers brotli, then gzip, and honours q=0 as a refusal', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=0.8, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});
