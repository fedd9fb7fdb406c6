import type Mail from 'nodemailer/lib/mailer';
import type { Address, EmailMessage } from '../email-port';
import { toSafeAddress, toSingleLine } from '../sanitize';

function toMailAddress(address: Address): Mail.Address {
  const safe = toSafeAddress(address);
  return { name: safe.name ?? '', address: safe.email };
}

/** Both adapters build the MIME message from these options, so the file and SMTP output are identical. */
export function toMailOptions(message: EmailMessage, from: Address): Mail.Options {
  return {
    from: toMailAddress(from),
    to: toMailAddress(message.to),
    ...(message.replyTo === undefined ? {} : { replyTo: toMailAddress(message.replyTo) }),
    subject: toSingleLine(message.subject),
    ...(message.messageId === undefined ? {} : { messageId: message.messageId }),
    text: message.text,
    html: message.html,
    ...(message.invite === undefined
      ? {}
      : {
          icalEvent: {
            method: message.invite.method,
            content: message.invite.content,
            filename: message.invite.filename ?? 'invite.ics',
          },
        }),
  };
}
