import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  bookingCancellation,
  bookingConfirmationForOwner,
  bookingConfirmationForRecipient,
  bookingRescheduled,
  createSmtpEmail,
  type EmailMessage,
  isPermanentDeliveryFailure,
  magicLinkEmail,
} from '../src';
import { MEETING_END, MEETING_START, makeBookingDetails } from './support/booking-factory';
import { calendarPartMethod, findCalendarPart, parseInvite } from './support/parse-invite';
import { type SmtpTestServer, startSmtpTestServer } from './support/smtp-test-server';

const FROM = { email: 'no-reply@bookings.test', name: 'Bookings' };

let server: SmtpTestServer;
let email: ReturnType<typeof createSmtpEmail>;

beforeAll(async () => {
  server = await startSmtpTestServer();
  email = createSmtpEmail({ url: server.url, from: FROM });
});

afterAll(async () => {
  await email.close();
  await server.close();
});

beforeEach(() => {
  server.received.length = 0;
});

async function sendAndReceive(message: EmailMessage): Promise<ParsedMail> {
  await email.send(message);
  const [received] = server.received;
  if (received === undefined) throw new Error('The SMTP server received nothing');
  return simpleParser(received.raw);
}

describe('createSmtpEmail', () => {
  test('authenticates with the URL credentials and delivers to the message recipient', async () => {
    const result = await email.send(
      magicLinkEmail({ to: { email: 'ann@example.test' }, link: 'https://x.test/l', expiresInMinutes: 15 }),
    );

    expect(result.messageId).toMatch(/^<.+@.+>$/);
    const [received] = server.received;
    expect(received?.user).toBe('mailer');
    expect(received?.envelope.mailFrom).toMatchObject({ address: FROM.email });
    expect(received?.envelope.rcptTo.map((recipient) => recipient.address)).toEqual(['ann@example.test']);
  });

  test('recipient confirmation arrives with text, HTML and a REQUEST invite in the recipient zone', async () => {
    const details = makeBookingDetails();
    const mail = await sendAndReceive(bookingConfirmationForRecipient(details));

    expect(mail.to).toMatchObject({ value: [{ address: 'rick@recipient.test', name: 'Rick Recipient' }] });
    expect(mail.from).toMatchObject({ value: [{ address: FROM.email, name: 'Bookings' }] });
    expect(mail.replyTo).toMatchObject({ value: [{ address: 'olivia@owner.test' }] });
    expect(mail.subject).toBe('Confirmed: Intro call with Olivia Owner');
    expect(mail.text).toContain('Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');
    expect(mail.html).toContain('Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');
    expect(mail.text).toContain('Company: Acme, Inc.');
    expect(mail.html).toContain('Acme, Inc.');
    expect(mail.text).toContain(details.manageUrl);

    const calendarPart = findCalendarPart(mail);
    expect(calendarPartMethod(calendarPart)).toBe('REQUEST');
    const invite = parseInvite(calendarPart.content.toString('utf8'));
    expect(invite).toMatchObject({
      method: 'REQUEST',
      uid: `${details.bookingId}@bookings`,
      sequence: 0,
      status: 'CONFIRMED',
      summary: 'Intro call',
      isUtc: true,
      organizer: { cn: 'Olivia Owner', value: 'mailto:olivia@owner.test' },
      attendee: {
        cn: 'Rick Recipient',
        value: 'mailto:rick@recipient.test',
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      },
    });
    expect(invite.start.toISOString()).toBe(MEETING_START.toISOString());
    expect(invite.end.toISOString()).toBe(MEETING_END.toISOString());
    expect(invite.description).toContain('What would you like to discuss?: Pricing\nand onboarding');
  });

  test('owner confirmation shows the owner zone and carries the same invite', async () => {
    const details = makeBookingDetails();
    const recipientMail = await sendAndReceive(bookingConfirmationForRecipient(details));
    server.received.length = 0;
    const ownerMail = await sendAndReceive(bookingConfirmationForOwner(details));

    expect(ownerMail.to).toMatchObject({ value: [{ address: 'olivia@owner.test' }] });
    expect(ownerMail.replyTo).toMatchObject({ value: [{ address: 'rick@recipient.test' }] });
    expect(ownerMail.text).toContain('Tuesday, 8 December 2026, 09:00–09:30 (Europe/Berlin)');
    expect(ownerMail.html).toContain('Tuesday, 8 December 2026, 09:00–09:30 (Europe/Berlin)');
    expect(ownerMail.text).not.toContain('America/New_York');
    expect(ownerMail.text).toContain('Pricing\n    and onboarding');

    // The owner organises the meeting: never a REQUEST as if invited, and never the attendee's manage link.
    expect(ownerMail.attachments.filter((a) => a.contentType === 'text/calendar')).toEqual([]);
    expect(ownerMail.text).not.toContain(details.manageUrl);
    expect(recipientMail.attachments.filter((a) => a.contentType === 'text/calendar')).toHaveLength(1);
  });

  test('without a calendar holding the event, the owner notice carries a PUBLISH copy, not an invitation', async () => {
    const details = makeBookingDetails();
    const mail = await sendAndReceive(bookingConfirmationForOwner(details, { calendarCopy: true }));
    const part = findCalendarPart(mail);
    expect(calendarPartMethod(part)).toBe('PUBLISH');
    const ics = part.content.toString('utf8');
    expect(ics).not.toMatch(/^ATTENDEE/m);
    expect(ics).not.toContain('manage/abc123');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(
      `${details.bookingId}@bookings`,
    );
  });

  test('a reschedule reaches the recipient as a REQUEST with the same UID, the raised SEQUENCE and the manage link', async () => {
    const details = makeBookingDetails({
      sequence: 1,
      start: new Date('2026-12-09T14:00:00Z'),
      end: new Date('2026-12-09T15:00:00Z'),
    });
    const mail = await sendAndReceive(
      bookingRescheduled(details, 'recipient', { previous: { start: MEETING_START, end: MEETING_END } }),
    );
    expect(mail.subject).toBe('Moved: Intro call with Olivia Owner');
    expect(mail.text).toContain('Wednesday, 9 December 2026, 09:00–10:00 (America/New_York)');
    expect(mail.text).toContain('It was: Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');
    expect(mail.text).toContain(details.manageUrl);
    const part = findCalendarPart(mail);
    expect(calendarPartMethod(part)).toBe('REQUEST');
    expect(parseInvite(part.content.toString('utf8'))).toMatchObject({
      method: 'REQUEST',
      uid: `${details.bookingId}@bookings`,
      sequence: 1,
      status: 'CONFIRMED',
    });

    server.received.length = 0;
    const ownerMail = await sendAndReceive(bookingRescheduled(details, 'owner'));
    expect(ownerMail.text).toContain('Wednesday, 9 December 2026, 15:00–16:00 (Europe/Berlin)');
    expect(ownerMail.text).toContain(details.ownerUrl);
    expect(ownerMail.text).not.toContain(details.manageUrl);
    expect(ownerMail.attachments.filter((a) => a.contentType === 'text/calendar')).toEqual([]);
  });

  test('carries the Message-ID it is given, so a resent message is recognisably the same', async () => {
    const message = magicLinkEmail({
      to: { email: 'ann@example.test' },
      link: 'https://x.test/l',
      expiresInMinutes: 5,
    });
    const result = await email.send({ ...message, messageId: '<row-1.recipient@bookings.test>' });
    expect(result.messageId).toBe('<row-1.recipient@bookings.test>');
    const mail = await simpleParser(server.received[0]?.raw ?? Buffer.alloc(0));
    expect(mail.messageId).toBe('<row-1.recipient@bookings.test>');
  });

  test('UID stays the same across updates of one booking while SEQUENCE follows the booking', async () => {
    const first = await sendAndReceive(bookingConfirmationForRecipient(makeBookingDetails()));
    server.received.length = 0;
    const moved = await sendAndReceive(
      bookingConfirmationForRecipient(
        makeBookingDetails({
          sequence: 1,
          start: new Date('2026-12-09T14:00:00Z'),
          end: new Date('2026-12-09T15:00:00Z'),
        }),
      ),
    );

    const firstInvite = parseInvite(findCalendarPart(first).content.toString('utf8'));
    const movedInvite = parseInvite(findCalendarPart(moved).content.toString('utf8'));
    expect(movedInvite.uid).toBe(firstInvite.uid);
    expect(movedInvite.sequence).toBe(1);
    expect(movedInvite.start.toISOString()).toBe('2026-12-09T14:00:00.000Z');
    expect(moved.text).toContain('Wednesday, 9 December 2026, 09:00–10:00 (America/New_York)');
  });

  test('cancellation to the recipient carries a CANCEL invite with the reason', async () => {
    const details = makeBookingDetails({ sequence: 2 });
    const mail = await sendAndReceive(
      bookingCancellation(details, 'recipient', { reason: 'Travelling', cancelledBy: 'owner' }),
    );

    expect(mail.to).toMatchObject({ value: [{ address: 'rick@recipient.test' }] });
    expect(mail.subject).toMatch(/^Cancelled: Intro call/);
    expect(mail.text).toContain('Olivia Owner cancelled your meeting.');
    expect(mail.text).toContain('Reason: Travelling');
    expect(mail.text).toContain('Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');
    expect(mail.html).toContain('Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');

    const calendarPart = findCalendarPart(mail);
    expect(calendarPartMethod(calendarPart)).toBe('CANCEL');
    const invite = parseInvite(calendarPart.content.toString('utf8'));
    expect(invite).toMatchObject({
      method: 'CANCEL',
      uid: `${details.bookingId}@bookings`,
      sequence: 2,
      status: 'CANCELLED',
      isUtc: true,
    });
    expect(invite.description).not.toContain('Reschedule or cancel');
  });

  test('cancellation to the owner is a notice; without a connected calendar it brings a cancelled PUBLISH copy', async () => {
    const details = makeBookingDetails({ sequence: 2 });
    const notice = await sendAndReceive(bookingCancellation(details, 'owner', { cancelledBy: 'attendee' }));
    expect(notice.to).toMatchObject({ value: [{ address: 'olivia@owner.test' }] });
    expect(notice.text).toContain('Rick Recipient (rick@recipient.test) cancelled the meeting.');
    expect(notice.text).toContain('Tuesday, 8 December 2026, 09:00–09:30 (Europe/Berlin)');
    expect(notice.attachments.filter((a) => a.contentType === 'text/calendar')).toEqual([]);

    server.received.length = 0;
    const withCopy = await sendAndReceive(bookingCancellation(details, 'owner', { calendarCopy: true }));
    const part = findCalendarPart(withCopy);
    expect(calendarPartMethod(part)).toBe('PUBLISH');
    const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('sequence')).toBe(2);
  });

  test('CR/LF in a name or title cannot inject a header', async () => {
    const details = makeBookingDetails({
      title: 'Call\r\nX-Injected-Title: yes',
      owner: {
        email: 'olivia@owner.test',
        name: 'Olivia\r\nBcc: boss@victim.test',
        timeZone: 'Europe/Berlin',
      },
      recipient: {
        email: 'rick@recipient.test',
        name: 'Rick\r\nX-Injected-Name: yes\r\nBcc: spy@victim.test',
        timeZone: 'America/New_York',
      },
    });
    const mail = await sendAndReceive(bookingConfirmationForRecipient(details));

    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.has('x-injected-title')).toBe(false);
    expect(mail.headers.has('x-injected-name')).toBe(false);
    expect(mail.subject).toBe('Confirmed: Call X-Injected-Title: yes with Olivia Bcc: boss@victim.test');
    expect(mail.to).toMatchObject({
      value: [{ address: 'rick@recipient.test', name: 'Rick X-Injected-Name: yes Bcc: spy@victim.test' }],
    });
    expect(server.received[0]?.envelope.rcptTo.map((recipient) => recipient.address)).toEqual([
      'rick@recipient.test',
    ]);
    const invite = parseInvite(findCalendarPart(mail).content.toString('utf8'));
    expect(invite.attendee.cn).toBe('Rick X-Injected-Name: yes Bcc: spy@victim.test');
  });
});

describe('createSmtpEmail sessions', () => {
  const magicLink = (to: string) =>
    magicLinkEmail({ to: { email: to }, link: 'https://x.test/l', expiresInMinutes: 5 });

  test('sends one message after another over one kept session, not a connection each', async () => {
    const own = await startSmtpTestServer();
    const kept = createSmtpEmail({ url: own.url, from: FROM });
    try {
      for (const to of ['a@example.test', 'b@example.test', 'c@example.test']) await kept.send(magicLink(to));
      expect(own.received).toHaveLength(3);
      expect(new Set(own.received.map((mail) => mail.sessionId)).size).toBe(1);
    } finally {
      await kept.close();
      await own.close();
    }
  });

  test('opens a new session when the server has closed an idle one, and the message still arrives', async () => {
    const own = await startSmtpTestServer({ idleTimeoutMs: 1000 });
    const kept = createSmtpEmail({ url: own.url, from: FROM });
    try {
      await kept.send(magicLink('a@example.test'));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await kept.send(magicLink('b@example.test'));
      expect(own.received.map((mail) => mail.envelope.rcptTo[0]?.address)).toEqual([
        'a@example.test',
        'b@example.test',
      ]);
      expect(new Set(own.received.map((mail) => mail.sessionId)).size).toBe(2);
    } finally {
      await kept.close();
      await own.close();
    }
  });
});

describe('createSmtpEmail with timeouts', () => {
  test('gives up on a server that never greets, with a temporary failure', async () => {
    const silent = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      // Never answers the connection: the greeting never comes.
      onConnect() {},
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const { port } = silent.server.address() as AddressInfo;
    const impatient = createSmtpEmail({
      url: `smtp://127.0.0.1:${port}`,
      from: FROM,
      timeouts: { connectionMs: 300, greetingMs: 300, socketMs: 300, sendMs: 1000 },
    });
    try {
      const failure = await impatient
        .send(
          magicLinkEmail({
            to: { email: 'ann@example.test' },
            link: 'https://x.test/l',
            expiresInMinutes: 5,
          }),
        )
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failure).toMatchObject({ code: 'ETIMEDOUT' });
      expect(isPermanentDeliveryFailure(failure)).toBe(false);
    } finally {
      await impatient.close();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
