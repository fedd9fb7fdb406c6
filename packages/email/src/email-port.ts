export interface Address {
  email: string;
  name?: string;
}

/** An iCalendar (RFC 5545/5546) object sent alongside a message; `content` is the ICS text. */
export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
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
}

export interface EmailPort {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}
