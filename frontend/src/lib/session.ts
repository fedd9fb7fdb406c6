/**
 * The owner's access token and its expiry, kept in localStorage so every tab and every reload shares one
 * sign-in until the token expires (ADR 011: why localStorage and not a cookie).
 */
const STORAGE_KEY = 'bookings.session';

/** setTimeout holds at most 2^31 - 1 ms (about 24.8 days); a later expiry is checked again then. */
const LONGEST_TIMER_MS = 2_147_483_647;

export interface StoredSession {
  accessToken: string;
  expiresAt: string;
}

export function readSession(now: Date = new Date()): StoredSession | null {
  const raw = safeStorage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  const parsed = parseSession(raw);
  if (!parsed || Date.parse(parsed.expiresAt) <= now.getTime()) {
    clearSession();
    return null;
  }
  return parsed;
}

export function readAccessToken(): string | null {
  return readSession()?.accessToken ?? null;
}

export function saveSession(session: StoredSession): void {
  safeStorage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  notifyThisTab();
}

export function clearSession(): void {
  const storage = safeStorage();
  if (storage?.getItem(STORAGE_KEY) === null) return;
  storage?.removeItem(STORAGE_KEY);
  notifyThisTab();
}

export interface SessionWatcher {
  /** Another tab signed out, or the token expired while this tab was open: the session is gone here too. */
  onSignedOut: () => void;
  /** Another tab signed in, possibly as another owner: this tab now sends that token. */
  onSignedIn: (session: StoredSession) => void;
}

/**
 * Follows the session other tabs write (the `storage` event fires only in the tabs that did not write) and
 * ends it here when the token expires, so an idle dashboard shows the sign-in screen instead of failing
 * requests. Changes made by this tab itself are not reported: the code that made them already acts on them.
 */
export function watchSession(watcher: SessionWatcher): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scheduleExpiry = () => {
    clearTimeout(timer);
    timer = undefined;
    const session = readSession();
    if (!session) return;
    const delay = Math.min(Math.max(Date.parse(session.expiresAt) - Date.now(), 0), LONGEST_TIMER_MS);
    timer = setTimeout(() => {
      // A timer may fire a little early or long before a far expiry: only a session now gone has ended.
      if (readSession()) scheduleExpiry();
      else watcher.onSignedOut();
    }, delay);
  };

  const onStorage = (event: StorageEvent) => {
    // key null: another tab cleared the whole storage.
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    scheduleExpiry();
    const session = readSession();
    if (session) watcher.onSignedIn(session);
    else watcher.onSignedOut();
  };

  window.addEventListener('storage', onStorage);
  thisTabListeners.add(scheduleExpiry);
  scheduleExpiry();
  return () => {
    clearTimeout(timer);
    window.removeEventListener('storage', onStorage);
    thisTabListeners.delete(scheduleExpiry);
  };
}

const thisTabListeners = new Set<() => void>();

function notifyThisTab(): void {
  for (const listener of thisTabListeners) listener();
}

function parseSession(raw: string): StoredSession | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'accessToken' in value &&
      'expiresAt' in value &&
      typeof value.accessToken === 'string' &&
      typeof value.expiresAt === 'string' &&
      !Number.isNaN(Date.parse(value.expiresAt))
    ) {
      return { accessToken: value.accessToken, expiresAt: value.expiresAt };
    }
    return null;
  } catch {
    return null;
  }
}

// Storage throws in some privacy modes; the app then behaves as signed out instead of crashing.
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
