import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The service writes each mail as an .eml file under DATA_DIR/mail when no SMTP server is configured.
 * Waits for a sign-in mail to `email` written at or after `since` and returns the link inside it.
 */
export async function waitForSignInLink(
  dataDir: string,
  email: string,
  since: number,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const link = findNewestSignInLink(join(dataDir, 'mail'), email, since);
    if (link) return link;
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`no sign-in mail to ${email} arrived within ${timeoutMs} ms`);
}

function findNewestSignInLink(mailDir: string, email: string, since: number): string | null {
  let files: string[];
  try {
    files = readdirSync(mailDir).filter((file) => file.endsWith('.eml'));
  } catch {
    return null;
  }
  // File names start with an ISO timestamp, so the last one is the newest.
  for (const file of files.sort().reverse()) {
    if (statSync(join(mailDir, file)).mtimeMs < since) continue;
    const message = decodeQuotedPrintable(readFileSync(join(mailDir, file), 'utf8'));
    const recipient = /^To:\s*(.+)$/im.exec(message)?.[1] ?? '';
    if (!recipient.toLowerCase().includes(email.toLowerCase())) continue;
    const link = /https?:\/\/[^\s"<>]+\/bookings\/sign-in\?token=[A-Za-z0-9_-]+/.exec(message)?.[0];
    if (link) return link;
  }
  return null;
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
