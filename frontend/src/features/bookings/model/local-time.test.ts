import { describe, expect, it } from 'vitest';
import { instantOfLocalTime, localTimeOf } from './local-time';

describe('instantOfLocalTime', () => {
  it('reads a wall time in the given zone, whatever zone the machine is in', () => {
    expect(
      instantOfLocalTime({ year: 2026, month: 12, day: 3 }, '10:30', 'Europe/Berlin').toISOString(),
    ).toBe('2026-12-03T09:30:00.000Z');
    expect(instantOfLocalTime({ year: 2026, month: 7, day: 3 }, '10:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-07-03T08:30:00.000Z',
    );
    expect(
      instantOfLocalTime({ year: 2026, month: 12, day: 3 }, '00:15', 'Pacific/Chatham').toISOString(),
    ).toBe('2026-12-02T10:30:00.000Z');
  });

  it('moves a time in a spring-forward gap past the gap, and takes the earlier of two fall-back times', () => {
    expect(
      instantOfLocalTime({ year: 2026, month: 3, day: 29 }, '02:30', 'Europe/Berlin').toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z');
    expect(
      instantOfLocalTime({ year: 2026, month: 10, day: 25 }, '02:30', 'Europe/Berlin').toISOString(),
    ).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips with localTimeOf', () => {
    const instant = instantOfLocalTime({ year: 2026, month: 12, day: 3 }, '17:45', 'America/New_York');
    expect(localTimeOf(instant, 'America/New_York')).toBe('17:45');
  });
});
