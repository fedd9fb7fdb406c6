import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSession, readAccessToken, readSession, saveSession, watchSession } from './session';

const KEY = 'bookings.session';
const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

/** What another tab of the same origin does: write the shared storage, and this tab hears a `storage` event. */
function anotherTabWrites(value: string | null) {
  const oldValue = window.localStorage.getItem(KEY);
  if (value === null) window.localStorage.removeItem(KEY);
  else window.localStorage.setItem(KEY, value);
  window.dispatchEvent(
    new StorageEvent('storage', { key: KEY, oldValue, newValue: value, storageArea: window.localStorage }),
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('session', () => {
  it('keeps a session until it expires', () => {
    saveSession({ accessToken: 'jwt', expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(readSession(new Date('2029-12-31T23:59:59Z'))?.accessToken).toBe('jwt');
    expect(readSession(new Date('2030-01-01T00:00:00Z'))).toBeNull();
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  it('survives a reload: a fresh copy of the module reads the same stored session', async () => {
    saveSession({ accessToken: 'jwt', expiresAt: inAnHour() });
    vi.resetModules();
    const reloaded = await import('./session');
    expect(reloaded.readAccessToken()).toBe('jwt');
  });

  it('is shared by every tab of the origin (localStorage, not per-tab sessionStorage)', () => {
    saveSession({ accessToken: 'jwt', expiresAt: inAnHour() });
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '{}')).toMatchObject({ accessToken: 'jwt' });
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('treats damaged storage as signed out', () => {
    window.localStorage.setItem(KEY, '{not json');
    expect(readAccessToken()).toBeNull();
    window.localStorage.setItem(KEY, JSON.stringify({ accessToken: 42 }));
    expect(readAccessToken()).toBeNull();
    window.localStorage.setItem(KEY, JSON.stringify({ accessToken: 'jwt', expiresAt: 'someday' }));
    expect(readAccessToken()).toBeNull();
  });

  it('forgets the session on sign-out', () => {
    saveSession({ accessToken: 'jwt', expiresAt: '2999-01-01T00:00:00.000Z' });
    clearSession();
    expect(readAccessToken()).toBeNull();
  });
});

describe('watchSession', () => {
  it('reports a sign-out in another tab', () => {
    saveSession({ accessToken: 'jwt', expiresAt: inAnHour() });
    const onSignedOut = vi.fn();
    const stop = watchSession({ onSignedOut, onSignedIn: vi.fn() });

    anotherTabWrites(null);

    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(readAccessToken()).toBeNull();
    stop();
  });

  it('reports a sign-in in another tab with its session', () => {
    const onSignedIn = vi.fn();
    const stop = watchSession({ onSignedOut: vi.fn(), onSignedIn });
    const session = { accessToken: 'from-the-other-tab', expiresAt: inAnHour() };

    anotherTabWrites(JSON.stringify(session));

    expect(onSignedIn).toHaveBeenCalledWith(session);
    expect(readAccessToken()).toBe('from-the-other-tab');
    stop();
  });

  it('ignores other keys and this tab’s own changes', () => {
    const watcher = { onSignedOut: vi.fn(), onSignedIn: vi.fn() };
    const stop = watchSession(watcher);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something.else', newValue: 'x' }));
    saveSession({ accessToken: 'jwt', expiresAt: inAnHour() });
    clearSession();
    expect(watcher.onSignedOut).not.toHaveBeenCalled();
    expect(watcher.onSignedIn).not.toHaveBeenCalled();
    stop();
  });

  it('ends the session when its token expires, and drops it from storage', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T11:00:00.000Z') });
    saveSession({ accessToken: 'jwt', expiresAt: '2030-01-01T12:00:00.000Z' });
    const onSignedOut = vi.fn();
    const stop = watchSession({ onSignedOut, onSignedIn: vi.fn() });

    vi.advanceTimersByTime(3600_000 - 1);
    expect(onSignedOut).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);

    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(KEY)).toBeNull();
    stop();
  });

  it('times a session signed in after watching began, even one expiring beyond a timer’s reach', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.000Z') });
    const onSignedOut = vi.fn();
    const stop = watchSession({ onSignedOut, onSignedIn: vi.fn() });
    saveSession({ accessToken: 'jwt', expiresAt: '2030-03-01T00:00:00.000Z' });

    vi.advanceTimersByTime(30 * 24 * 3600_000);
    expect(onSignedOut).not.toHaveBeenCalled();
    vi.setSystemTime(new Date('2030-03-01T00:00:00.000Z'));
    vi.advanceTimersByTime(30 * 24 * 3600_000);

    expect(onSignedOut).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stays quiet after it is stopped', () => {
    saveSession({ accessToken: 'jwt', expiresAt: inAnHour() });
    const onSignedOut = vi.fn();
    watchSession({ onSignedOut, onSignedIn: vi.fn() })();
    anotherTabWrites(null);
    expect(onSignedOut).not.toHaveBeenCalled();
  });
});
