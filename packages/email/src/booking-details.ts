import type { Address } from './email-port';

export interface BookingParticipant extends Address {
  /** IANA zone in which this participant reads times, e.g. `Europe/Berlin`. */
  timeZone: string;
}

export interface BookingAnswer {
  label: string;
  value: string;
}

export interface BookingDetails {
  /** The ICS UID is derived from it, so every invite for one booking updates the same calendar entry. */
  bookingId: string;
  /** ICS SEQUENCE: 0 on creation, +1 on each change (including cancellation). */
  sequence: number;
  title: string;
  description?: string;
  start: Date;
  end: Date;
  owner: BookingParticipant;
  recipient: BookingParticipant;
  answers: BookingAnswer[];
  location?: string;
  conferenceUrl?: string;
  /** The recipient's page to reschedule or cancel. */
  manageUrl?: string;
  /** The owner's page for this booking in the app. */
  ownerUrl?: string;
  /** A cancelled booking's calendar copies say STATUS:CANCELLED. Default: confirmed. */
  status?: 'confirmed' | 'cancelled';
  /** When this version of the booking was issued (ICS DTSTAMP). Defaults to the current time. */
  issuedAt?: Date;
}
