import type { BookingDetails } from '../booking-details';
import type { EmailMessage } from '../email-port';
import { buildInvite } from '../ics/build-invite';
import { displayName, toSafeAddress, toSingleLine } from '../sanitize';
import type { OwnerNoticeOptions } from './booking-confirmation';
import { inviteAttachment, ownerCalendarCopy, ownerView } from './invite-attachment';
import { renderSummaryHtml, renderSummaryText } from './meeting-summary';
import { html, renderDocument } from './safe-html';

export interface CancellationOptions extends OwnerNoticeOptions {
  reason?: string;
  cancelledBy?: 'owner' | 'attendee';
}

/**
 * The attendee gets a CANCEL (same UID, the booking's raised SEQUENCE, STATUS:CANCELLED) that takes the
 * meeting out of their calendar; the owner gets a notice.
 */
export function bookingCancellation(
  details: BookingDetails,
  to: 'recipient' | 'owner',
  options: CancellationOptions = {},
): EmailMessage {
  const cancelled: BookingDetails = {
    ...(to === 'owner' ? ownerView(details) : details),
    status: 'cancelled',
  };
  const reader = to === 'recipient' ? cancelled.recipient : cancelled.owner;
  const other = to === 'recipient' ? cancelled.owner : cancelled.recipient;
  const subject = toSingleLine(`Cancelled: ${cancelled.title} with ${displayName(other)}`);
  const intro = describeCancellation(cancelled, to, options.cancelledBy);
  const reason = options.reason?.trim() ? `Reason: ${options.reason.trim()}` : '';
  const text = `Hi ${displayName(reader)},\n\n${intro}${reason ? `\n\n${reason}` : ''}\n\n${cancelled.title}\n${renderSummaryText(cancelled, reader.timeZone)}\n`;
  const body = html`<h2 style="font-size:20px;margin:0 0 16px;text-decoration:line-through">${cancelled.title}</h2>
<p>Hi ${displayName(reader)},</p>
<p>${intro}</p>
${reason ? html`<p>${reason}</p>` : html``}
${renderSummaryHtml(cancelled, reader.timeZone)}`;
  const invite =
    to === 'recipient'
      ? inviteAttachment(buildInvite(cancelled, 'CANCEL'), 'CANCEL')
      : ownerCalendarCopy(cancelled, options.calendarCopy ?? false);
  return {
    to: toSafeAddress(reader),
    replyTo: toSafeAddress(other),
    subject,
    text,
    html: renderDocument(subject, body),
    ...(invite === undefined ? {} : { invite }),
  };
}

function describeCancellation(
  details: BookingDetails,
  to: 'recipient' | 'owner',
  cancelledBy: CancellationOptions['cancelledBy'],
): string {
  const ownerName = displayName(details.owner);
  const recipientName = displayName(details.recipient);
  if (to === 'recipient') {
    const who =
      cancelledBy === 'attendee'
        ? `You cancelled your meeting with ${ownerName}.`
        : cancelledBy === 'owner'
          ? `${ownerName} cancelled your meeting.`
          : `Your meeting with ${ownerName} has been cancelled.`;
    return `${who} The attached update removes it from your calendar.`;
  }
  if (cancelledBy === 'attendee')
    return `${recipientName} (${details.recipient.email}) cancelled the meeting.`;
  if (cancelledBy === 'owner')
    return `You cancelled your meeting with ${recipientName}; they have been told.`;
  return `Your meeting with ${recipientName} has been cancelled.`;
}
