import type { BookingDetails } from '../booking-details';
import type { EmailMessage } from '../email-port';
import { buildInvite } from '../ics/build-invite';
import { displayName, toSafeAddress, toSingleLine } from '../sanitize';
import { inviteAttachment } from './invite-attachment';
import { renderSummaryHtml, renderSummaryText } from './meeting-summary';
import { html, renderDocument } from './safe-html';

export function bookingCancellation(details: BookingDetails, to: 'recipient' | 'owner'): EmailMessage {
  const reader = to === 'recipient' ? details.recipient : details.owner;
  const other = to === 'recipient' ? details.owner : details.recipient;
  const subject = toSingleLine(`Cancelled: ${details.title} with ${displayName(other)}`);
  const intro = `Your meeting with ${displayName(other)} has been cancelled. The attached update removes it from your calendar.`;
  const text = `Hi ${displayName(reader)},\n\n${intro}\n\n${details.title}\n${renderSummaryText(details, reader.timeZone)}\n`;
  const body = html`<h2 style="font-size:20px;margin:0 0 16px;text-decoration:line-through">${details.title}</h2>
<p>Hi ${displayName(reader)},</p>
<p>${intro}</p>
${renderSummaryHtml(details, reader.timeZone)}`;
  return {
    to: toSafeAddress(reader),
    replyTo: toSafeAddress(other),
    subject,
    text,
    html: renderDocument(subject, body),
    invite: inviteAttachment(buildInvite(details, 'CANCEL'), 'CANCEL'),
  };
}
