/** Failures about this message (its envelope or its content), as opposed to the server or the connection. */
const MESSAGE_FAILURES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Whether sending this message again can never succeed: the server refused it for good (a 5xx reply to its
 * recipient or content, such as 550 "no such user"), or nodemailer cannot send it at all (an invalid address).
 * A 4xx reply, a timeout or a lost connection is temporary, and so is a 5xx that is not about the message
 * (535 on AUTH: the server's credentials are wrong, which an operator fixes) — both are worth another try.
 */
export function isPermanentDeliveryFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (typeof code !== 'string' || !MESSAGE_FAILURES.has(code)) return false;
  return typeof responseCode === 'number' ? responseCode >= 500 && responseCode < 600 : true;
}
