import type { BookingDetails } from '../../src';

/** 08:00–08:30 UTC on Tuesday 8 December 2026: 09:00 in Berlin, 03:00 in New York. */
export const MEETING_START = new Date('2026-12-08T08:00:00Z');
export const MEETING_END = new Date('2026-12-08T08:30:00Z');

export function makeBookingDetails(overrides: Partial<BookingDetails> = {}): BookingDetails {
  return {
    bookingId: '3f2b8c1e-5d6a-4f7b-9c0d-1e2f3a4b5c6d',
    sequence: 0,
    title: 'Intro call',
    description: 'A first conversation about your project.',
    start: MEETING_START,
    end: MEETING_END,
    owner: { email: 'olivia@owner.test', name: 'Olivia Owner', timeZone: 'Europe/Berlin' },
    recipient: { email: 'rick@recipient.test', name: 'Rick Recipient', timeZone: 'America/New_York' },
    answers: [
      { label: 'Company', value: 'Acme, Inc.' },
      { label: 'What would you like to discuss?', value: 'Pricing\nand onboarding' },
    ],
    location: 'Office 3, Hauptstraße 1, Berlin',
    conferenceUrl: 'https://meet.example.test/intro-call',
    manageUrl: 'https://bookings.example.test/public/bookings/manage/abc123',
    ownerUrl: 'https://bookings.example.test/bookings/3f2b8c1e',
    issuedAt: new Date('2026-11-30T12:00:00Z'),
    ...overrides,
  };
}
