import { describe, expect, test } from 'vitest';
import { buildInvite } from '../src';
import { foldLine } from '../src/ics/ics-format';
import { makeBookingDetails } from './support/booking-factory';
import { parseInvite } from './support/parse-invite';

const utf8 = new TextEncoder();

function physicalLines(ics: string): string[] {
  return ics.split('\r\n').slice(0, -1);
}

describe('buildInvite', () => {
  test('PUBLISH is a copy to keep: same UID and SEQUENCE, no ATTENDEE to invite', () => {
    const details = makeBookingDetails({ sequence: 3 });
    const ics = buildInvite(details, 'PUBLISH');

    expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(ics).not.toMatch(/\r\nATTENDEE/);
    expect(ics).toContain(`\r\nUID:${details.bookingId}@bookings\r\n`);
    expect(ics).toContain('\r\nSEQUENCE:3\r\n');
    expect(ics).toContain('\r\nSTATUS:CONFIRMED\r\n');
    expect(buildInvite({ ...details, status: 'cancelled' }, 'PUBLISH')).toContain('\r\nSTATUS:CANCELLED\r\n');
  });

  test.each(['REQUEST', 'CANCEL', 'PUBLISH'] as const)('%s never has an empty DESCRIPTION', (method) => {
    const bare = makeBookingDetails({
      description: undefined,
      answers: [],
      conferenceUrl: undefined,
      manageUrl: undefined,
    });
    const ics = buildInvite(bare, method);
    expect(ics).not.toMatch(/\r\nDESCRIPTION:\r\n/);
    expect(parseInvite(ics).description).toBe('Intro call: Olivia Owner and Rick Recipient');
  });

  test('uses CRLF line endings only and ends with CRLF', () => {
    const ics = buildInvite(makeBookingDetails(), 'REQUEST');

    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const longAnswer = `${'Ä€😀 '.repeat(40)}end`;
    const ics = buildInvite(
      makeBookingDetails({ answers: [{ label: 'Notes', value: longAnswer }] }),
      'REQUEST',
    );

    for (const line of physicalLines(ics)) {
      expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(physicalLines(ics).some((line) => line.startsWith(' '))).toBe(true);
    expect(parseInvite(ics).description).toContain(`Notes: ${longAnswer}`);
  });

  test('folds only past 75 octets, each character counted by its UTF-8 length', () => {
    const exactly75 = `${'a'.repeat(71)}😀`;
    const octets76 = `${'a'.repeat(72)}😀`;
    // A lone surrogate is written as U+FFFD: three octets.
    const loneSurrogate75 = `${'a'.repeat(72)}\uD800`;

    expect(foldLine(exactly75)).toBe(exactly75);
    expect(foldLine(octets76)).toBe(`${'a'.repeat(72)}\r\n 😀`);
    expect(foldLine(loneSurrogate75)).toBe(loneSurrogate75);
    expect(foldLine(`${'é'.repeat(38)}`)).toBe(`${'é'.repeat(37)}\r\n é`);
  });

  test('writes DTSTART, DTEND and DTSTAMP in UTC', () => {
    const ics = buildInvite(makeBookingDetails(), 'REQUEST');

    expect(ics).toContain('\r\nDTSTART:20261208T080000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261208T083000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261130T120000Z\r\n');
  });

  test('stamps the current time when the booking carries no issue time', () => {
    const before = Date.now();
    const ics = buildInvite(makeBookingDetails({ issuedAt: undefined }), 'REQUEST');
    const stamp = /\r\nDTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r\n/.exec(ics);

    expect(stamp).not.toBeNull();
    const [, year, month, day, hour, minute, second] = (stamp ?? []).map(Number);
    const stamped = Date.UTC(year ?? 0, (month ?? 0) - 1, day, hour, minute, second);
    expect(stamped).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  test('escapes text values and keeps quotes and separators out of parameter values', () => {
    const details = makeBookingDetails({
      title: 'Plan; review, and\\ decide',
      owner: {
        email: 'olivia@owner.test',
        name: 'Olivia "Liv" O\'Neil; CEO, Acme: HQ',
        timeZone: 'Europe/Berlin',
      },
      answers: [{ label: 'Line', value: 'one\r\ntwo' }],
    });
    const ics = buildInvite(details, 'REQUEST');
    const invite = parseInvite(ics);

    expect(ics).toContain('SUMMARY:Plan\\; review\\, and\\\\ decide\r\n');
    expect(invite.summary).toBe('Plan; review, and\\ decide');
    expect(invite.organizer.cn).toBe("Olivia 'Liv' O'Neil; CEO, Acme: HQ");
    expect(invite.organizer.value).toBe('mailto:olivia@owner.test');
    expect(invite.description).toContain('Line: one\ntwo');
    expect(
      parseInvite(buildInvite(makeBookingDetails({ title: 'Bell\u0007 and\ttab' }), 'REQUEST')).summary,
    ).toBe('Bell and\ttab');
  });

  test('derives a stable UID from the booking id', () => {
    const first = parseInvite(buildInvite(makeBookingDetails({ bookingId: 'b-1' }), 'REQUEST'));
    const again = parseInvite(buildInvite(makeBookingDetails({ bookingId: 'b-1', sequence: 3 }), 'CANCEL'));
    const other = parseInvite(buildInvite(makeBookingDetails({ bookingId: 'b-2' }), 'REQUEST'));

    expect(first.uid).toBe('b-1@bookings');
    expect(again.uid).toBe(first.uid);
    expect(other.uid).not.toBe(first.uid);
  });

  test('CANCEL marks the event cancelled with the given sequence', () => {
    const invite = parseInvite(buildInvite(makeBookingDetails({ sequence: 4 }), 'CANCEL'));

    expect(invite).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 4 });
  });

  test('falls back to the email as CN and omits LOCATION and URL when absent', () => {
    const details = makeBookingDetails({
      recipient: { email: 'rick@recipient.test', timeZone: 'UTC' },
      location: undefined,
      conferenceUrl: undefined,
    });
    const ics = buildInvite(details, 'REQUEST');

    expect(parseInvite(ics).attendee.cn).toBe('rick@recipient.test');
    expect(ics).not.toContain('LOCATION:');
    expect(ics).not.toContain('URL:');
  });

  test('uses the conference URL as location when no location is given', () => {
    const ics = buildInvite(makeBookingDetails({ location: undefined }), 'REQUEST');

    expect(ics).toContain('\r\nLOCATION:https://meet.example.test/intro-call\r\n');
  });

  test('refuses a booking that does not end after it starts, or a negative sequence', () => {
    const start = new Date('2026-12-08T08:00:00Z');
    expect(() => buildInvite(makeBookingDetails({ start, end: start }), 'REQUEST')).toThrow(RangeError);
    expect(() => buildInvite(makeBookingDetails({ sequence: -1 }), 'REQUEST')).toThrow(RangeError);
    expect(() => buildInvite(makeBookingDetails({ start: new Date('nope') }), 'REQUEST')).toThrow(RangeError);
  });
});
