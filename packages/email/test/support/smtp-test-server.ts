import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerEnvelope } from 'smtp-server';

export interface ReceivedMail {
  envelope: SMTPServerEnvelope;
  user: string | undefined;
  raw: Buffer;
  /** The SMTP session (one connection) it came over. */
  sessionId: string;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on loopback that accepts any credentials and keeps every message it receives. */
export async function startSmtpTestServer(options: { idleTimeoutMs?: number } = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    // A server closes a session left idle this long, as providers do.
    ...(options.idleTimeoutMs === undefined ? {} : { socketTimeout: options.idleTimeoutMs }),
    // No reverse DNS of the client before the greeting: nothing but loopback is reachable here.
    disableReverseLookup: true,
    // Without STARTTLS nodemailer stays on plain TCP, so the test needs no certificate.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const user = typeof session.user === 'string' ? session.user : undefined;
        received.push({
          envelope: session.envelope,
          user,
          raw: Buffer.concat(chunks),
          sessionId: session.id,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://mailer:secret@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
