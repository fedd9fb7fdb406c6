import { describe, expect, it } from 'vitest';
import { listSlots } from '../src';
import { everyDay, interval, makeInput, startsOf } from './factories';

function slotsOn(timeZone: string, start: string, end: string, duration: number, range: [string, string]) {
  return startsOf(
    listSlots(
      makeInput({
        duration,
        range: interval(range[0], range[1]),
        rules: { timeZone, durations: [duration], weeklyHours: everyDay([{ start, end }]) },
      }),
    ),
  );
}

describe('business hours straddling a DST change', () => {
  it('New York spring-forward: 01:00-04:00 lasts two real hours', () => {
    expect(
      slotsOn('America/New_York', '01:00', '04:00', 30, ['2026-03-08T05:00:00Z', '2026-03-08T09:00:00Z']),
    ).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('New York spring-forward: a window starting inside the gap starts when the gap ends', () => {
    expect(
      slotsOn('America/New_York', '02:30', '04:00', 30, ['2026-03-08T05:00:00Z', '2026-03-08T09:00:00Z']),
    ).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z']);
  });

  it('New York fall-back: 01:00-04:00 lasts four real hours, from the first 01:00', () => {
    expect(
      slotsOn('America/New_York', '01:00', '04:00', 60, ['2026-11-01T04:00:00Z', '2026-11-01T10:00:00Z']),
    ).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
  });

  it('London spring-forward: 00:30-03:00 lasts ninety real minutes', () => {
    expect(
      slotsOn('Europe/London', '00:30', '03:00', 30, ['2026-03-29T00:00:00Z', '2026-03-29T03:00:00Z']),
    ).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z']);
  });

  it('London fall-back: 01:00-02:00 lasts two real hours', () => {
    expect(
      slotsOn('Europe/London', '01:00', '02:00', 60, ['2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z']),
    ).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z']);
  });

  it('Sydney fall-back (April): 02:00-04:00 lasts three real hours', () => {
    expect(
      slotsOn('Australia/Sydney', '02:00', '04:00', 60, ['2026-04-04T13:00:00Z', '2026-04-04T19:00:00Z']),
    ).toEqual(['2026-04-04T15:00:00.000Z', '2026-04-04T16:00:00.000Z', '2026-04-04T17:00:00.000Z']);
  });

  it('Sydney spring-forward (October): 01:00-04:00 lasts two real hours', () => {
    expect(
      slotsOn('Australia/Sydney', '01:00', '04:00', 60, ['2026-10-03T14:00:00Z', '2026-10-03T18:00:00Z']),
    ).toEqual(['2026-10-03T15:00:00.000Z', '2026-10-03T16:00:00.000Z']);
  });

  it('Lord Howe spring-forward: 01:00-04:00 loses only thirty minutes', () => {
    expect(
      slotsOn('Australia/Lord_Howe', '01:00', '04:00', 30, ['2026-10-03T14:00:00Z', '2026-10-03T18:00:00Z']),
    ).toEqual([
      '2026-10-03T14:30:00.000Z',
      '2026-10-03T15:00:00.000Z',
      '2026-10-03T15:30:00.000Z',
      '2026-10-03T16:00:00.000Z',
      '2026-10-03T16:30:00.000Z',
    ]);
  });

  it('Lord Howe fall-back: 01:00-03:00 gains thirty minutes', () => {
    expect(
      slotsOn('Australia/Lord_Howe', '01:00', '03:00', 30, ['2026-04-04T13:00:00Z', '2026-04-04T17:00:00Z']),
    ).toEqual([
      '2026-04-04T14:00:00.000Z',
      '2026-04-04T14:30:00.000Z',
      '2026-04-04T15:00:00.000Z',
      '2026-04-04T15:30:00.000Z',
      '2026-04-04T16:00:00.000Z',
    ]);
  });

  it('Kathmandu (+05:45): 09:00-10:00 is 03:15Z-04:15Z', () => {
    expect(
      slotsOn('Asia/Kathmandu', '09:00', '10:00', 30, ['2026-06-15T00:00:00Z', '2026-06-15T12:00:00Z']),
    ).toEqual(['2026-06-15T03:15:00.000Z', '2026-06-15T03:45:00.000Z']);
  });

  it('Havana springs forward at midnight: a day-long window starts at 01:00', () => {
    expect(
      slotsOn('America/Havana', '00:00', '03:00', 60, ['2026-03-08T04:00:00Z', '2026-03-08T12:00:00Z']),
    ).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-08T06:00:00.000Z']);
  });

  it('"24:00" on the fall-back day ends at the next local midnight (25-hour day)', () => {
    const slots = slotsOn('America/New_York', '00:00', '24:00', 60, [
      '2026-11-01T04:00:00Z',
      '2026-11-02T05:00:00Z',
    ]);
    expect(slots).toHaveLength(25);
    expect(slots[0]).toBe('2026-11-01T04:00:00.000Z');
    expect(slots.at(-1)).toBe('2026-11-02T04:00:00.000Z');
  });
});
