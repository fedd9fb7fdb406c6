export interface Address {
  email: string;
  name?: string;
}

/**
 * An iCalendar (RFC 5545/5546) object sent alongside a message; `content` is the ICS text. REQUEST and CANCEL
 * are iTIP messages to an attendee; PUBLISH is a plain copy to keep in one's calendar, nothing to answer.
 */
export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  content: string;
  filename?: string;
}

export interface EmailMessage {
  to: Address;
  subject: string;
  text: string;
  html: string;
  invite?: CalendarInvite;
  replyTo?: Address;
  /**
   * The Message-ID header, e.g. `<side-effect-id.recipient@bookings.example>`. A message sent again after a lost
   * answer carries the same id, so mail systems and clients can tell it is one message, not two.
   */
  messageId?: string;
}

export interface EmailPort {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}
