import { describe, expect, test } from 'vitest';
import {
  bookingCancellation,
  bookingConfirmationForOwner,
  bookingConfirmationForRecipient,
  followUpEmail,
  magicLinkEmail,
} from '../src';
import { makeBookingDetails } from './support/booking-factory';

const SCRIPT = '<script>alert("x")</script>';
const ESCAPED_SCRIPT = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';

describe('magicLinkEmail', () => {
  test('contains the link and its expiry in text and HTML', () => {
    const link = 'https://bookings.example.test/bookings/auth/verify?token=abc&next=%2Flinks';
    const message = magicLinkEmail({
      to: { email: 'ann@example.test', name: 'Ann' },
      link,
      expiresInMinutes: 15,
    });

    expect(message.to).toEqual({ email: 'ann@example.test', name: 'Ann' });
    expect(message.subject).toBe('Your sign-in link for Bookings');
    expect(message.text).toContain(link);
    expect(message.text).toContain('15 minutes');
    expect(message.html).toContain(`href="${link.replace('&', '&amp;')}"`);
    expect(message.html).toContain('15 minutes');
    expect(message.invite).toBeUndefined();
  });
});

describe('HTML escaping of user text', () => {
  const details = makeBookingDetails({
    title: `Demo ${SCRIPT}`,
    owner: { email: 'olivia@owner.test', name: `Olivia ${SCRIPT}`, timeZone: 'Europe/Berlin' },
    recipient: { email: 'rick@recipient.test', name: `<img src=x onerror=alert(1)>`, timeZone: 'UTC' },
    answers: [{ label: `Label ${SCRIPT}`, value: `Value ${SCRIPT}` }],
    location: `Room ${SCRIPT}`,
  });

  const messages = {
    recipientConfirmation: bookingConfirmationForRecipient(details),
    ownerConfirmation: bookingConfirmationForOwner(details),
    cancellation: bookingCancellation(details, 'recipient'),
    followUp: followUpEmail(details),
  };

  test.each(Object.entries(messages))('%s shows user text escaped', (_name, message) => {
    expect(message.html).not.toContain('<script');
    expect(message.html).not.toContain('<img');
    expect(message.html).toContain(ESCAPED_SCRIPT);
  });

  test('answers, labels and location are escaped where they appear', () => {
    const { html } = messages.recipientConfirmation;
    expect(html).toContain(`Label ${ESCAPED_SCRIPT}`);
    expect(html).toContain(`Value ${ESCAPED_SCRIPT}`);
    expect(html).toContain(`Room ${ESCAPED_SCRIPT}`);
    expect(messages.ownerConfirmation.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('the plain-text part keeps user text as written', () => {
    expect(messages.recipientConfirmation.text).toContain(`Value ${SCRIPT}`);
  });

  test('a non-web conference URL is shown as text, never as a link', () => {
    const message = bookingConfirmationForRecipient(
      makeBookingDetails({ conferenceUrl: 'javascript:alert(document.cookie)' }),
    );

    expect(message.html).not.toContain('href="javascript:');
    expect(message.html).toContain('javascript:alert(document.cookie)');
  });
});

describe('header safety', () => {
  test('names and subjects carry no line breaks', () => {
    const details = makeBookingDetails({
      title: 'Call\r\nBcc: a@b.test',
      owner: { email: 'olivia@owner.test\r\n', name: 'Olivia\nX-Evil: 1', timeZone: 'Europe/Berlin' },
      recipient: { email: 'rick@recipient.test', name: 'Rick\u2028Bcc: c@d.test', timeZone: 'UTC' },
    });

    for (const message of [
      bookingConfirmationForRecipient(details),
      bookingConfirmationForOwner(details),
      bookingCancellation(details, 'owner'),
      followUpEmail(details),
    ]) {
      const headerValues = [
        message.subject,
        message.to.name,
        message.to.email,
        message.replyTo?.name,
        message.replyTo?.email,
      ];
      for (const value of headerValues) {
        expect(value ?? '').not.toMatch(/[\r\n\u2028\u2029]/);
      }
    }
    expect(bookingConfirmationForOwner(details).to).toEqual({
      email: 'olivia@owner.test',
      name: 'Olivia X-Evil: 1',
    });
  });
});

describe('booking messages', () => {
  test('recipient confirmation lists answers and the manage link, with the invite attached', () => {
    const details = makeBookingDetails();
    const message = bookingConfirmationForRecipient(details);

    expect(message.text).toContain(
      'Answers:\n  - Company: Acme, Inc.\n  - What would you like to discuss?: Pricing',
    );
    expect(message.text).toContain(`Reschedule or cancel: ${details.manageUrl}`);
    expect(message.text).toContain('Join: https://meet.example.test/intro-call');
    expect(message.html).toContain('Pricing<br>and onboarding');
    expect(message.invite).toMatchObject({ method: 'REQUEST', filename: 'invite.ics' });
    expect(message.invite?.content).toContain('METHOD:REQUEST');
  });

  test('owner confirmation names the recipient and links to the booking in the app', () => {
    const details = makeBookingDetails();
    const message = bookingConfirmationForOwner(details);

    expect(message.subject).toBe('New booking: Intro call with Rick Recipient');
    expect(message.text).toContain('Rick Recipient (rick@recipient.test) booked a meeting with you.');
    expect(message.text).toContain(`Open the booking: ${details.ownerUrl}`);
    expect(message.text).not.toContain(details.manageUrl ?? 'no manage url');
  });

  test('messages leave out the parts a booking does not have', () => {
    const message = bookingConfirmationForRecipient(
      makeBookingDetails({
        answers: [],
        location: undefined,
        conferenceUrl: undefined,
        manageUrl: undefined,
      }),
    );

    expect(message.text).not.toContain('Answers:');
    expect(message.text).not.toContain('Where:');
    expect(message.text).not.toContain('Join:');
    expect(message.text).not.toContain('Reschedule');
    expect(message.html).not.toContain('<dl');
  });

  test('cancellation attaches a CANCEL invite and tells the reader who cancelled with whom', () => {
    const message = bookingCancellation(makeBookingDetails({ sequence: 1 }), 'recipient');

    expect(message.subject).toBe('Cancelled: Intro call with Olivia Owner');
    expect(message.invite).toMatchObject({ method: 'CANCEL', filename: 'cancel.ics' });
    expect(message.invite?.content).toContain('\r\nSEQUENCE:1\r\n');
    expect(message.invite?.content).toContain('\r\nSTATUS:CANCELLED\r\n');
  });

  test('follow-up goes to the recipient, replies to the owner, and has no invite', () => {
    const message = followUpEmail(makeBookingDetails());

    expect(message.to.email).toBe('rick@recipient.test');
    expect(message.replyTo?.email).toBe('olivia@owner.test');
    expect(message.subject).toBe('Thanks for meeting Olivia Owner');
    expect(message.text).toContain('"Intro call" (Tuesday, 8 December 2026, 03:00–03:30 (America/New_York))');
    expect(message.invite).toBeUndefined();
  });
});
