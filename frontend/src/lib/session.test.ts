import { describe, expect, it } from 'vitest';
import { clearSession, readAccessToken, readSession, saveSession } from './session';

describe('session', () => {
  it('keeps a session until it expires', () => {
    saveSession({ accessToken: 'jwt', expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(readSession(new Date('2029-12-31T23:59:59Z'))?.accessToken).toBe('jwt');
    expect(readSession(new Date('2030-01-01T00:00:00Z'))).toBeNull();
    expect(window.sessionStorage.getItem('bookings.session')).toBeNull();
  });

  it('treats damaged storage as signed out', () => {
    window.sessionStorage.setItem('bookings.session', '{not json');
    expect(readAccessToken()).toBeNull();
    window.sessionStorage.setItem('bookings.session', JSON.stringify({ accessToken: 42 }));
    expect(readAccessToken()).toBeNull();
  });

  it('forgets the session on sign-out', () => {
    saveSession({ accessToken: 'jwt', expiresAt: '2999-01-01T00:00:00.000Z' });
    clearSession();
    expect(readAccessToken()).toBeNull();
  });
});
