export { createFileEmail, type FileEmailOptions, type FileEmailWritten } from './adapters/file-email';
export { createSmtpEmail, type SmtpEmailOptions, type SmtpTimeouts } from './adapters/smtp-email';
export type { BookingAnswer, BookingDetails, BookingParticipant } from './booking-details';
export { isPermanentDeliveryFailure } from './delivery-failure';
export type { Address, CalendarInvite, EmailMessage, EmailPort } from './email-port';
export { buildInvite, type InviteMethod, inviteUid } from './ics/build-invite';
export { bookingCancellation, type CancellationOptions } from './messages/booking-cancellation';
export {
  bookingConfirmationForOwner,
  bookingConfirmationForRecipient,
  type OwnerNoticeOptions,
} from './messages/booking-confirmation';
export { bookingRescheduled, type RescheduleOptions } from './messages/booking-rescheduled';
export { followUpEmail } from './messages/follow-up-email';
export { formatMeetingTime } from './messages/format-meeting-time';
export { magicLinkEmail } from './messages/magic-link-email';
export { type WebhookDisabledNotice, webhookDisabledEmail } from './messages/webhook-disabled-email';
