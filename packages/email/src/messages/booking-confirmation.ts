import type { BookingDetails } from '../booking-details';
import type { EmailMessage } from '../email-port';
import { buildInvite } from '../ics/build-invite';
import { displayName, toSafeAddress, toSingleLine } from '../sanitize';
import { inviteAttachment, ownerCalendarCopy, ownerView } from './invite-attachment';
import { renderActionHtml, renderActionText, renderSummaryHtml, renderSummaryText } from './meeting-summary';
import { html, renderDocument } from './safe-html';

export interface OwnerNoticeOptions {
  /** Attach a PUBLISH copy for the owner's own calendar: only when no connected calendar holds the event. */
  calendarCopy?: boolean;
}

/** The attendee's invitation: the one REQUEST they get for this meeting (see ADR 007). */
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

/** A notice to the owner, who organises the meeting: nothing to accept. */
export function bookingConfirmationForOwner(
  details: BookingDetails,
  options: OwnerNoticeOptions = {},
): EmailMessage {
  const view = ownerView(details);
  const recipientName = displayName(view.recipient);
  const subject = toSingleLine(`New booking: ${view.title} with ${recipientName}`);
  const intro = `${recipientName} (${view.recipient.email}) booked a meeting with you.`;
  const action = { label: 'Open the booking', url: view.ownerUrl };
  const text = `${intro}\n\n${view.title}\n${renderSummaryText(view, view.owner.timeZone)}${renderActionText(action)}\n`;
  const body = html`<h2 style="font-size:20px;margin:0 0 16px">${view.title}</h2>
<p>${intro}</p>
${renderSummaryHtml(view, view.owner.timeZone)}
${renderActionHtml(action)}`;
  const invite = ownerCalendarCopy(details, options.calendarCopy ?? false);
  return {
    to: toSafeAddress(view.owner),
    replyTo: toSafeAddress(view.recipient),
    subject,
    text,
    html: renderDocument(subject, body),
    ...(invite === undefined ? {} : { invite }),
  };
}
