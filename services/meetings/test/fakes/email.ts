import type { EmailMessage, EmailPort } from '@bookings/email';

/** An outbox in memory: `send` may refuse (an SMTP error), otherwise the message is kept in `sent`. */
export function memoryEmail(
  send?: (message: EmailMessage) => Promise<void>,
): EmailPort & { sent: EmailMessage[] } {
  const sent: EmailMessage[] = [];
  return {
    sent,
    async send(message) {
      await send?.(message);
      sent.push(message);
      return { messageId: message.messageId ?? '<unset>' };
    },
  };
}
