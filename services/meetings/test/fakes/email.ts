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

/**
 * A send that holds the first message until the test lets it go (`release`); later ones go at once.
 * `hasStarted` resolves once the first has begun.
 */
export function holdFirstSend() {
  let release = () => {};
  let started = () => {};
  const hasStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let isFirst = true;
  return {
    hasStarted,
    release,
    send: async () => {
      if (!isFirst) return;
      isFirst = false;
      started();
      await released;
    },
  };
}
