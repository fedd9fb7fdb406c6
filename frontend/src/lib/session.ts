/** The owner's access token lives for the browser tab only (sessionStorage), never in localStorage. */
const STORAGE_KEY = 'bookings.session';

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
}

export function clearSession(): void {
  safeStorage()?.removeItem(STORAGE_KEY);
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
      typeof value.expiresAt === 'string'
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
    return window.sessionStorage;
  } catch {
    return null;
  }
}
