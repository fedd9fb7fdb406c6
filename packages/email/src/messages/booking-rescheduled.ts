import type { BookingDetails } from '../booking-details';
import type { EmailMessage } from '../email-port';
import { buildInvite } from '../ics/build-invite';
import { displayName, toSafeAddress, toSingleLine } from '../sanitize';
import type { OwnerNoticeOptions } from './booking-confirmation';
import { formatMeetingTime } from './format-meeting-time';
import { inviteAttachment, ownerCalendarCopy, ownerView } from './invite-attachment';
import { renderActionHtml, renderActionText, renderSummaryHtml, renderSummaryText } from './meeting-summary';
import { html, renderDocument } from './safe-html';

export interface RescheduleOptions extends OwnerNoticeOptions {
  /** Where the meeting was before, when known: shown so the reader sees what changed. */
  previous?: { start: Date; end: Date };
}

/**
 * The meeting moved. The attendee gets a REQUEST with the same UID and the booking's raised SEQUENCE, which
 * moves the entry they already have; the owner gets a notice.
 */
export function bookingRescheduled(
  details: BookingDetails,
  to: 'recipient' | 'owner',
  options: RescheduleOptions = {},
): EmailMessage {
  const view = to === 'owner' ? ownerView(details) : details;
  const reader = to === 'recipient' ? view.recipient : view.owner;
  const other = to === 'recipient' ? view.owner : view.recipient;
  const subject = toSingleLine(`Moved: ${view.title} with ${displayName(other)}`);
  const intro =
    to === 'recipient'
      ? `Your meeting with ${displayName(other)} has a new time. The attached update moves it in your calendar.`
      : `Your meeting with ${displayName(other)} (${view.recipient.email}) has a new time.`;
  const before =
    options.previous === undefined
      ? ''
      : `It was: ${formatMeetingTime(options.previous.start, options.previous.end, reader.timeZone)}`;
  const action =
    to === 'recipient'
      ? { label: 'Reschedule or cancel', url: view.manageUrl }
      : { label: 'Open the booking', url: view.ownerUrl };
  const text = `Hi ${displayName(reader)},\n\n${intro}\n\n${view.title}\n${renderSummaryText(view, reader.timeZone)}${before ? `\n\n${before}` : ''}${renderActionText(action)}\n`;
  const body = html`<h2 style="font-size:20px;margin:0 0 16px">${view.title}</h2>
<p>Hi ${displayName(reader)},</p>
<p>${intro}</p>
${renderSummaryHtml(view, reader.timeZone)}
${before ? html`<p style="color:#5f6368;text-decoration:line-through">${before}</p>` : html``}
${renderActionHtml(action)}`;
  const invite =
    to === 'recipient'
      ? inviteAttachment(buildInvite(view, 'REQUEST'), 'REQUEST')
      : ownerCalendarCopy(view, options.calendarCopy ?? false);
  return {
    to: toSafeAddress(reader),
    replyTo: toSafeAddress(other),
    subject,
    text,
    html: renderDocument(subject, body),
    ...(invite === undefined ? {} : { invite }),
  };
}
