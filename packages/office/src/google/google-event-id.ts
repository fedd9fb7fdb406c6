import { createHash } from 'node:crypto';

const GOOGLE_EVENT_ID = /^[a-v0-9]{5,1024}$/;

/**
 * Google event ids use base32hex characters (a-v, 0-9), 5 to 1024 long. A uuid without dashes
 * already fits (hex is a subset of base32hex), so a retried insert lands on the same id and gets 409.
 */
export function toGoogleEventId(bookingId: string): string {
  const compact = bookingId.toLowerCase().replace(/-/g, '');
  if (GOOGLE_EVENT_ID.test(compact)) return compact;
  return createHash('sha256').update(bookingId).digest('hex');
}
