import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Address, EmailMessage, EmailPort } from '../email-port';
import { extractLinks } from './extract-links';
import { toMailOptions } from './to-mail-options';

export interface FileEmailWritten {
  file: string;
  message: EmailMessage;
  links: string[];
}

export interface FileEmailOptions {
  dir: string;
  from: Address;
  onWritten?: (info: FileEmailWritten) => void;
}

function toFileName(messageId: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const id = messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._-]/g, '_');
  return `${stamp}-${id}.eml`;
}

/** Writes each message as the RFC 5322 .eml an SMTP server would receive; for development without SMTP. */
export function createFileEmail(options: FileEmailOptions): EmailPort {
  // Loaded with the first message, not at start (see smtp-email.ts). CRLF line endings, as on the wire, so the
  // file opens in any mail client.
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  };
  let opened: ReturnType<typeof openTransport> | undefined;
  return {
    async send(message) {
      opened ??= openTransport();
      const info = await (await opened).sendMail(toMailOptions(message, options.from));
      await mkdir(options.dir, { recursive: true });
      const file = join(options.dir, toFileName(info.messageId));
      await writeFile(file, info.message);
      options.onWritten?.({ file, message, links: extractLinks(message.text) });
      return { messageId: info.messageId };
    },
  };
}
