import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpInbox {
  url: string;
  received: ReceivedMail[];
  to(email: string): ReceivedMail[];
  /** The next `times` messages to this address are refused: by default temporarily (451), or with `code`. */
  refuseNext(email: string, times?: number, code?: number): void;
  /**
   * The next message to this address waits `ms` before its recipient is accepted: a slow server. Resolves when
   * that connection has closed, whether the client gave up or went on to deliver.
   */
  stallNext(email: string, ms: number): Promise<void>;
  clear(): void;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that accepts everything and keeps each message, parsed. */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, { left: number; code: number }>();
  const stalls = new Map<string, { ms: number; closed: () => void }>();
  const stalledSessions = new Map<string, () => void>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onClose(session) {
      stalledSessions.get(session.id)?.();
      stalledSessions.delete(session.id);
    },
    onRcptTo(address, session, callback) {
      const key = address.address.toLowerCase();
      const refusal = refusals.get(key);
      if (refusal && refusal.left > 0) {
        refusal.left -= 1;
        const text = refusal.code >= 500 ? 'No such user here' : 'Mailbox busy, try again later';
        callback(Object.assign(new Error(text), { responseCode: refusal.code }));
        return;
      }
      const stall = stalls.get(key);
      if (stall !== undefined) {
        stalls.delete(key);
        stalledSessions.set(session.id, stall.closed);
        setTimeout(() => callback(), stall.ms);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw, parsed });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (email) => received.filter((mail) => mail.to.includes(email.toLowerCase())),
    refuseNext: (email, times = 1, code = 451) => {
      refusals.set(email.toLowerCase(), { left: times, code });
    },
    stallNext: (email, ms) =>
      new Promise<void>((closed) => {
        stalls.set(email.toLowerCase(), { ms, closed });
      }),
    clear: () => {
      received.length = 0;
      refusals.clear();
      stalls.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
