import type { BookingDetails } from '../booking-details';
import type { EmailMessage } from '../email-port';
import { buildInvite } from '../ics/build-invite';
import { displayName, toSafeAddress, toSingleLine } from '../sanitize';
import { inviteAttachment } from './invite-attachment';
import { renderActionHtml, renderActionText, renderSummaryHtml, renderSummaryText } from './meeting-summary';
import { html, renderDocument } from './safe-html';

export function bookingConfirmationForRecipient(details: BookingDetails): EmailMessage {
  const ownerName = displayName(details.owner);
  const subject = toSingleLine(`Confirmed: ${details.title} with ${ownerName}`);
  const intro = `Your meeting with ${ownerName} is confirmed. The invite is attached: add it to your calendar.`;
  const action = { label: 'Reschedule or cancel', url: details.manageUrl };
  const text = `Hi ${displayName(details.recipient)},\n\n${intro}\n\n${details.title}\n${renderSummaryText(details, details.recipient.timeZone)}${renderActionText(action)}\n`;
  const body = html`<h2 style="font-size:20px;margin:0 0 16px">${details.title}</h2>
<p>Hi ${displayName(details.recipient)},</p>
<p>${intro}</p>
${renderSummaryHtml(details, details.recipient.timeZone)}
${renderActionHtml(action)}`;
  return {
    to: toSafeAddress(details.recipient),
    replyTo: toSafeAddress(details.owner),
    subject,
    text,
    html: renderDocument(subject, body),
    invite: inviteAttachment(buildInvite(details, 'REQUEST'), 'REQUEST'),
  };
}

export function bookingConfirmationForOwner(details: BookingDetails): EmailMessage {
  const recipientName = displayName(details.recipient);
  const subject = toSingleLine(`New booking: ${details.title} with ${recipientName}`);
  const intro = `${recipientName} (${details.recipient.email}) booked a meeting with you.`;
  const action = { label: 'Open the booking', url: details.ownerUrl };
  const text = `${intro}\n\n${details.title}\n${renderSummaryText(details, details.owner.timeZone)}${renderActionText(action)}\n`;
  const body = html`<h2 style="font-size:20px;margin:0 0 16px">${details.title}</h2>
<p>${intro}</p>
${renderSummaryHtml(details, details.owner.timeZone)}
${renderActionHtml(action)}`;
  return {
    to: toSafeAddress(details.owner),
    replyTo: toSafeAddress(details.recipient),
    subject,
    text,
    html: renderDocument(subject, body),
    invite: inviteAttachment(buildInvite(details, 'REQUEST'), 'REQUEST'),
  };
}
