import type { BookingDetails } from '../booking-details';
import type { EmailMessage } from '../email-port';
import { displayName, toSafeAddress, toSingleLine } from '../sanitize';
import { formatMeetingTime } from './format-meeting-time';
import { html, renderDocument } from './safe-html';

/** Sent to the recipient after the meeting ends; replies go straight to the owner. */
export function followUpEmail(details: BookingDetails): EmailMessage {
  const ownerName = displayName(details.owner);
  const subject = toSingleLine(`Thanks for meeting ${ownerName}`);
  const when = formatMeetingTime(details.start, details.end, details.recipient.timeZone);
  const intro = `Thank you for taking the time to meet ${ownerName} for "${details.title}" (${when}).`;
  const invitation = 'Anything to add or follow up on? Reply to this email and it goes straight to them.';
  const text = `Hi ${displayName(details.recipient)},\n\n${intro}\n\n${invitation}\n`;
  const body = html`<p>Hi ${displayName(details.recipient)},</p>
<p>${intro}</p>
<p>${invitation}</p>`;
  return {
    to: toSafeAddress(details.recipient),
    replyTo: toSafeAddress(details.owner),
    subject,
    text,
    html: renderDocument(subject, body),
  };
}
