import { describe, expect, it } from 'vitest';
import { readManageToken, readPublicToken } from './root';

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

describe('readManageToken', () => {
  it('takes the token from an attendee’s manage page path', () => {
    expect(readManageToken('/public/bookings/manage/Zm9v_YmFy-1')).toBe('Zm9v_YmFy-1');
    expect(readManageToken('/public/bookings/manage/abc/')).toBe('abc');
  });

  it('is no booking page, and a booking page is no manage page', () => {
    expect(readPublicToken('/public/bookings/manage/abc')).toBeNull();
    expect(readManageToken('/public/bookings/abc')).toBeNull();
    expect(readManageToken('/public/bookings/manage/')).toBeNull();
  });
});
