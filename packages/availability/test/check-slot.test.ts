import { describe, expect, it } from 'vitest';
import { checkSlot, type SlotRejection } from '../src';
import { at, booking, interval, makeInput } from './factories';

const MONDAY = '2026-06-15';

type InputOverrides = Parameters<typeof makeInput>[0];

function check(start: string, overrides: InputOverrides = {}) {
  const { range: _range, ...input } = makeInput(overrides);
  return checkSlot(input, at(start));
}

describe('checkSlot', () => {
  it('accepts a free slot on the grid and returns its interval', () => {
    expect(check(`${MONDAY}T10:00:00Z`)).toEqual({
      ok: true,
      slot: { start: at(`${MONDAY}T10:00:00Z`), end: at(`${MONDAY}T11:00:00Z`) },
    });
  });

  const rejections: [SlotRejection, string, InputOverrides][] = [
    ['duration_not_allowed', `${MONDAY}T10:00:00Z`, { duration: 45 }],
    ['off_grid', `${MONDAY}T10:15:00Z`, {}],
    ['outside_hours', `${MONDAY}T16:30:00Z`, { rules: { slotStepMinutes: 30 } }],
    ['outside_hours', `${MONDAY}T08:00:00Z`, {}],
    ['outside_hours', '2026-06-14T10:00:00Z', {}],
    ['excluded_date', `${MONDAY}T10:00:00Z`, { rules: { excludedDates: [MONDAY] } }],
    ['too_soon', `${MONDAY}T10:00:00Z`, { now: at(`${MONDAY}T09:45:00Z`), rules: { minNoticeMinutes: 16 } }],
    [
      'outside_advance_window',
      `${MONDAY}T10:00:00Z`,
      { now: at(`${MONDAY}T08:00:00Z`), rules: { minAdvanceDays: 1 } },
    ],
    ['outside_advance_window', `${MONDAY}T10:00:00Z`, { rules: { maxAdvanceDays: 30 } }],
    [
      'day_full',
      `${MONDAY}T10:00:00Z`,
      { rules: { maxPerDay: 1 }, counts: { perDay: new Map([[MONDAY, 1]]), perWeek: new Map() } },
    ],
    [
      'week_full',
      `${MONDAY}T10:00:00Z`,
      { rules: { maxPerWeek: 3 }, counts: { perDay: new Map(), perWeek: new Map([['2026-W25', 3]]) } },
    ],
    ['busy', `${MONDAY}T10:00:00Z`, { busy: [interval(`${MONDAY}T10:59:00Z`, `${MONDAY}T11:30:00Z`)] }],
    [
      'busy',
      `${MONDAY}T10:00:00Z`,
      { rules: { bufferAfterMinutes: 15 }, busy: [interval(`${MONDAY}T11:10:00Z`, `${MONDAY}T11:30:00Z`)] },
    ],
    [
      'busy',
      `${MONDAY}T10:00:00Z`,
      { bookings: [booking(`${MONDAY}T08:30:00Z`, `${MONDAY}T09:30:00Z`, 0, 31)] },
    ],
  ];

  it.each(rejections)('rejects with %s (%s)', (reason, start, overrides) => {
    expect(check(start, overrides)).toEqual({ ok: false, reason });
  });

  it('accepts a slot whose buffers just touch busy time', () => {
    const busy = [
      interval(`${MONDAY}T11:15:00Z`, `${MONDAY}T11:30:00Z`),
      interval(`${MONDAY}T09:00:00Z`, `${MONDAY}T09:50:00Z`),
    ];
    const result = check(`${MONDAY}T10:00:00Z`, {
      busy,
      rules: { bufferBeforeMinutes: 10, bufferAfterMinutes: 15 },
    });
    expect(result.ok).toBe(true);
  });

  describe('with owner-picked slots', () => {
    const pickedSlots = [interval('2026-06-20T22:10:00Z', '2026-06-20T22:40:00Z')];

    it('accepts a picked slot outside business hours', () => {
      expect(check('2026-06-20T22:10:00Z', { duration: 30, pickedSlots })).toEqual({
        ok: true,
        slot: { start: at('2026-06-20T22:10:00Z'), end: at('2026-06-20T22:40:00Z') },
      });
    });

    it('rejects a start that was not picked, or a picked start with another duration', () => {
      expect(check(`${MONDAY}T10:00:00Z`, { duration: 30, pickedSlots })).toEqual({
        ok: false,
        reason: 'not_offered',
      });
      expect(check('2026-06-20T22:10:00Z', { duration: 60, pickedSlots })).toEqual({
        ok: false,
        reason: 'not_offered',
      });
    });

    it('rejects a picked slot that became busy, too soon or capped', () => {
      const busy = [interval('2026-06-20T22:30:00Z', '2026-06-20T23:00:00Z')];
      expect(check('2026-06-20T22:10:00Z', { duration: 30, pickedSlots, busy })).toEqual({
        ok: false,
        reason: 'busy',
      });
      expect(
        check('2026-06-20T22:10:00Z', {
          duration: 30,
          pickedSlots,
          now: at('2026-06-20T22:00:00Z'),
          rules: { minNoticeMinutes: 15 },
        }),
      ).toEqual({ ok: false, reason: 'too_soon' });
      const counts = { perDay: new Map([['2026-06-20', 2]]), perWeek: new Map() };
      expect(
        check('2026-06-20T22:10:00Z', { duration: 30, pickedSlots, counts, rules: { maxPerDay: 2 } }),
      ).toEqual({ ok: false, reason: 'day_full' });
    });
  });
});
