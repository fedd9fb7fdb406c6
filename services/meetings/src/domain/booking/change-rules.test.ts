import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import {
  assertAttendeeMayChange,
  assertFreeForOwner,
  canAttendeeChange,
  changeDeadline,
} from './change-rules';

const start = new Date('2026-06-03T07:00:00.000Z');
const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
};

describe('the attendee’s change window', () => {
  it('ends minChangeNoticeMinutes before the start, that instant included', () => {
    expect(changeDeadline(start, 1440).toISOString()).toBe('2026-06-02T07:00:00.000Z');
    expect(canAttendeeChange(start, 1440, new Date('2026-06-02T07:00:00.000Z'))).toBe(true);
    expect(canAttendeeChange(start, 1440, new Date('2026-06-02T07:00:00.001Z'))).toBe(false);
  });

  it('with no notice, lasts until the start', () => {
    expect(canAttendeeChange(start, 0, start)).toBe(true);
    expect(canAttendeeChange(start, 0, new Date(start.getTime() + 1))).toBe(false);
  });

  it('says too_late_to_change once it has passed', () => {
    expect(codeOf(() => assertAttendeeMayChange(start, 60, new Date('2026-06-03T06:30:00Z')))).toBe(
      'too_late_to_change',
    );
    expect(codeOf(() => assertAttendeeMayChange(start, 60, new Date('2026-06-03T05:30:00Z')))).toBeNull();
  });
});

describe('the owner’s moves', () => {
  const meeting = { start: 100, end: 200 };

  it('may touch busy time and other meetings end to end, never overlap them', () => {
    expect(
      codeOf(() => assertFreeForOwner(meeting, [{ start: 0, end: 100 }], [{ start: 200, end: 300 }])),
    ).toBeNull();
    expect(codeOf(() => assertFreeForOwner(meeting, [{ start: 199, end: 300 }], []))).toBe(
      'slot_unavailable',
    );
    expect(codeOf(() => assertFreeForOwner(meeting, [], [{ start: 50, end: 101 }]))).toBe('slot_unavailable');
  });
});
