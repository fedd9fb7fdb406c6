import { describe, expect, it } from 'vitest';
import { readPublicToken } from './root';

describe('readPublicToken', () => {
  it('takes the token from a public booking page path', () => {
    expect(readPublicToken('/public/bookings/abc_DEF-123')).toBe('abc_DEF-123');
    expect(readPublicToken('/public/bookings/abc/')).toBe('abc');
  });

  it('leaves every other path to the owner app', () => {
    expect(readPublicToken('/bookings')).toBeNull();
    expect(readPublicToken('/public/bookings/')).toBeNull();
    expect(readPublicToken('/public/bookings/a/b')).toBeNull();
  });
});
