/** What is stored: "expired" is never written, because it follows from the clock. */
export type StoredOneTimeStatus = 'active' | 'booked' | 'revoked';
export type OneTimeLinkStatus = StoredOneTimeStatus | 'expired';

export const DEFAULT_ONE_TIME_EXPIRY_DAYS = 7;
export const MAX_ONE_TIME_EXPIRY_DAYS = 90;

/** The status as of `now`: an active link past its expiry is expired, so the answer is always true. */
export function deriveOneTimeLinkStatus(
  stored: StoredOneTimeStatus,
  expiresAt: Date,
  now: Date,
): OneTimeLinkStatus {
  if (stored !== 'active') return stored;
  return expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}
