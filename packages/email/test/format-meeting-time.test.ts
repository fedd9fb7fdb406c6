import { describe, expect, test } from 'vitest';
import { formatMeetingTime } from '../src';

describe('formatMeetingTime', () => {
  test('shows the meeting in the given zone, whatever the process zone', () => {
    const start = new Date('2026-12-08T08:00:00Z');
    const end = new Date('2026-12-08T08:30:00Z');

    expect(formatMeetingTime(start, end, 'Europe/Berlin')).toBe(
      'Tuesday, 8 December 2026, 09:00–09:30 (Europe/Berlin)',
    );
    expect(formatMeetingTime(start, end, 'UTC')).toBe('Tuesday, 8 December 2026, 08:00–08:30 (UTC)');
    expect(formatMeetingTime(start, end, 'Pacific/Chatham')).toBe(
      'Tuesday, 8 December 2026, 21:45–22:15 (Pacific/Chatham)',
    );
  });

  test('names both dates when the meeting crosses midnight in that zone', () => {
    const start = new Date('2026-12-08T22:30:00Z');
    const end = new Date('2026-12-08T23:30:00Z');

    expect(formatMeetingTime(start, end, 'Europe/Berlin')).toBe(
      'Tuesday, 8 December 2026, 23:30 – Wednesday, 9 December 2026, 00:30 (Europe/Berlin)',
    );
  });

  test('uses 00:00 for midnight and follows daylight saving time', () => {
    const start = new Date('2026-03-29T00:30:00Z');
    const end = new Date('2026-03-29T01:30:00Z');

    expect(formatMeetingTime(start, end, 'Europe/Berlin')).toBe(
      'Sunday, 29 March 2026, 01:30–03:30 (Europe/Berlin)',
    );
    expect(
      formatMeetingTime(new Date('2026-06-01T22:00:00Z'), new Date('2026-06-01T23:00:00Z'), 'Europe/Berlin'),
    ).toBe('Tuesday, 2 June 2026, 00:00–01:00 (Europe/Berlin)');
  });

  test('rejects an unknown time zone', () => {
    expect(() => formatMeetingTime(new Date(0), new Date(60_000), 'Mars/Olympus')).toThrow(RangeError);
  });
});
