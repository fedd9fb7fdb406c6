/**
 * Whether sending again can never succeed: the server refused for good (a 5xx reply such as 550 "no such
 * user"), or the message itself cannot be sent (an address nodemailer rejects before connecting). A 4xx reply,
 * a timeout or a lost connection is temporary: it is worth another try later.
 */
export function isPermanentDeliveryFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return responseCode >= 500 && responseCode < 600;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}
