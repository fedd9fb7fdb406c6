import nodemailer from 'nodemailer';
import type { Address, EmailPort } from '../email-port';
import { toMailOptions } from './to-mail-options';

export interface SmtpEmailOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465` (implicit TLS). */
  url: string;
  from: Address;
}

export function createSmtpEmail(options: SmtpEmailOptions): EmailPort & { close(): Promise<void> } {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(message) {
      const info = await transport.sendMail(toMailOptions(message, options.from));
      return { messageId: info.messageId };
    },
    async close() {
      transport.close();
    },
  };
}
