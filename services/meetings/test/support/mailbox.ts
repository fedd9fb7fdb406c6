import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

/** Reads what the file email adapter wrote: the same bytes SMTP would have carried. */
export function createMailbox(dir: string) {
  return {
    async messages(): Promise<ParsedMail[]> {
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      } catch {
        return [];
      }
      return Promise.all(files.sort().map((f) => simpleParser(readFileSync(join(dir, f)))));
    },
    async allTo(email: string): Promise<ParsedMail[]> {
      return (await this.messages()).filter((m) => addressesOf(m).includes(email.toLowerCase()));
    },
    async lastTo(email: string): Promise<ParsedMail> {
      const last = (await this.allTo(email)).at(-1);
      if (!last) throw new Error(`no mail to ${email}`);
      return last;
    },
  };
}

function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));
}
