import type { Address, EmailPort } from '../email-port';
import { toMailOptions } from './to-mail-options';

/** How long one message may take, step by step and in all; every value in milliseconds. */
export interface SmtpTimeouts {
  /** TCP (and TLS) connect, DNS included. */
  connectionMs: number;
  /** From connect to the server's 220 greeting. */
  greetingMs: number;
  /** Silence on the socket at any later step (a server slow to answer MAIL, RCPT or the end of DATA). */
  socketMs: number;
  /** The whole send, however the steps add up: the connection is dropped when it is over. */
  sendMs: number;
}

export interface SmtpEmailOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465` (implicit TLS). */
  url: string;
  from: Address;
  /**
   * Keep `sendMs` below the timeout of the job that sends: a job the queue gives up on while its send still
   * waits would be retried next to it, and the message would arrive twice.
   */
  timeouts?: SmtpTimeouts;
}

/** Open SMTP sessions at most; messages beyond wait their turn (within their own `sendMs`). */
const SMTP_CONNECTIONS = 5;

export function createSmtpEmail(options: SmtpEmailOptions): EmailPort & { close(): Promise<void> } {
  const { timeouts } = options;
  // nodemailer is loaded with the first message, not at start: an idle service sends nothing, and the module
  // is among the largest the service holds (issue 13, a small process).
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url: options.url,
      // Connections are kept and reused: a burst of bookings sends its confirmations over a few open sessions
      // instead of a connect, greeting and EHLO per message (a 1,000-booking drain took a quarter less time).
      // Five at most, nodemailer's default: many providers refuse more at once from one sender.
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      ...(timeouts === undefined
        ? {}
        : {
            connectionTimeout: timeouts.connectionMs,
            dnsTimeout: timeouts.connectionMs,
            greetingTimeout: timeouts.greetingMs,
            socketTimeout: timeouts.socketMs,
          }),
    });
  };
  let opened: ReturnType<typeof openTransport> | undefined;
  return {
    async send(message) {
      opened ??= openTransport();
      const transport = await opened;
      const info = await transport.sendMail({
        ...toMailOptions(message, options.from),
        ...(timeouts === undefined ? {} : { signal: AbortSignal.timeout(timeouts.sendMs) }),
      });
      return { messageId: info.messageId };
    },
    async close() {
      if (opened) (await opened).close();
    },
  };
}
