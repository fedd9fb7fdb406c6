import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { DomainError } from './domain-error';

describe('cursor', () => {
  it('round-trips and rejects anything it did not make', () => {
    const cursor = { at: new Date('2026-01-01T10:00:00.123Z'), id: '6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a10' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(undefined)).toBeNull();
    const id = '6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a10';
    const outOfRange = ['0000-01-01T00:00:00Z', '9999-12-31T00:00:00Z', '1969-12-31T23:59:59Z'].map((at) =>
      Buffer.from(JSON.stringify([at, id])).toString('base64url'),
    );
    for (const forged of ['x', Buffer.from('["nope","nope"]').toString('base64url'), ...outOfRange]) {
      expect(() => decodeCursor(forged)).toThrow(DomainError);
    }
  });

  it('sets nextCursor only when a row beyond the page exists', () => {
    const rows = [1, 2, 3].map((n) => ({
      n,
      at: new Date(n),
      id: `6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a1${n}`,
    }));
    expect(toPage(rows, 3, (row) => row).nextCursor).toBeNull();
    const page = toPage(rows, 2, (row) => row);
    expect(page.items.map((row) => row.n)).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor ?? undefined)?.id).toBe(rows[1]?.id);
  });
});
