import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  bookingCancellation,
  bookingConfirmationForRecipient,
  createFileEmail,
  type FileEmailWritten,
  magicLinkEmail,
} from '../src';
import { MEETING_START, makeBookingDetails } from './support/booking-factory';
import { calendarPartMethod, findCalendarPart, parseInvite } from './support/parse-invite';

const FROM = { email: 'no-reply@bookings.test', name: 'Bookings' };

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bookings-email-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createFileEmail', () => {
  test('writes a parseable .eml with text, HTML and the REQUEST invite, and reports its links', async () => {
    const written: FileEmailWritten[] = [];
    const outbox = join(dir, 'outbox');
    const email = createFileEmail({ dir: outbox, from: FROM, onWritten: (info) => written.push(info) });
    const details = makeBookingDetails();
    const message = bookingConfirmationForRecipient(details);

    const { messageId } = await email.send(message);

    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    expect(written).toHaveLength(1);
    expect(written[0]?.file).toBe(join(outbox, files[0] ?? ''));
    expect(written[0]?.message).toBe(message);
    expect(written[0]?.links).toEqual([details.conferenceUrl, details.manageUrl]);

    const raw = await readFile(join(outbox, files[0] ?? ''));
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe(messageId);
    expect(mail.from).toMatchObject({ value: [{ address: FROM.email, name: FROM.name }] });
    expect(mail.to).toMatchObject({ value: [{ address: 'rick@recipient.test' }] });
    expect(mail.subject).toBe(message.subject);
    expect(mail.text).toContain('Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');
    expect(mail.html).toContain('Tuesday, 8 December 2026, 03:00–03:30 (America/New_York)');

    const calendarPart = findCalendarPart(mail);
    expect(calendarPartMethod(calendarPart)).toBe('REQUEST');
    const invite = parseInvite(calendarPart.content.toString('utf8'));
    expect(invite.uid).toBe(`${details.bookingId}@bookings`);
    expect(invite.start.toISOString()).toBe(MEETING_START.toISOString());
    expect(mail.attachments.some((attachment) => attachment.filename === 'invite.ics')).toBe(true);
  });

  test('writes one file per message and carries a CANCEL invite', async () => {
    const email = createFileEmail({ dir, from: FROM });

    await email.send(
      magicLinkEmail({ to: { email: 'ann@example.test' }, link: 'https://x.test/a', expiresInMinutes: 10 }),
    );
    await email.send(bookingCancellation(makeBookingDetails({ sequence: 1 }), 'recipient'));

    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    const mails = await Promise.all(files.map(async (file) => simpleParser(await readFile(join(dir, file)))));
    const cancellation = mails.find((mail) => mail.subject?.startsWith('Cancelled'));
    if (cancellation === undefined) throw new Error('No cancellation was written');
    expect(calendarPartMethod(findCalendarPart(cancellation))).toBe('CANCEL');
    expect(parseInvite(findCalendarPart(cancellation).content.toString('utf8')).sequence).toBe(1);
  });

  test('reports the magic link so a developer can sign in without a mail server', async () => {
    const written: FileEmailWritten[] = [];
    const email = createFileEmail({ dir, from: FROM, onWritten: (info) => written.push(info) });
    const link = 'http://localhost:3000/bookings/auth/verify?token=abc.def-123';

    await email.send(magicLinkEmail({ to: { email: 'ann@example.test' }, link, expiresInMinutes: 15 }));

    expect(written[0]?.links).toEqual([link]);
  });
});
