export { createFileEmail, type FileEmailOptions, type FileEmailWritten } from './adapters/file-email';
export { createSmtpEmail, type SmtpEmailOptions } from './adapters/smtp-email';
export type { BookingAnswer, BookingDetails, BookingParticipant } from './booking-details';
export type { Address, CalendarInvite, EmailMessage, EmailPort } from './email-port';
export { buildInvite, type InviteMethod, inviteUid } from './ics/build-invite';
export { bookingCancellation } from './messages/booking-cancellation';
export {
  bookingConfirmationForOwner,
  bookingConfirmationForRecipient,
} from './messages/booking-confirmation';
export { followUpEmail } from './messages/follow-up-email';
export { formatMeetingTime } from './messages/format-meeting-time';
export { magicLinkEmail } from './messages/magic-link-email';
