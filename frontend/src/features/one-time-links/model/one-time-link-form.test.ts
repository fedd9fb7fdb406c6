import { describe, expect, it } from 'vitest';
import { EMPTY_ONE_TIME_LINK_FORM, validateOneTimeLinkForm } from './one-time-link-form';
import { countPicked, sortSlots, togglePicked } from './picked-slots';

const NOW = new Date('2026-12-01T08:00:00Z');
const slotAt = (start: string) => ({ start, end: new Date(Date.parse(start) + 1_800_000).toISOString() });

describe('picked times', () => {
  it('toggles a time by its start and counts in words', () => {
    const ten = slotAt('2026-12-02T10:00:00.000Z');
    const nine = slotAt('2026-12-02T09:00:00.000Z');
    const picked = togglePicked(togglePicked([], ten), nine);
    expect(sortSlots(picked)).toEqual([nine, ten]);
    expect(togglePicked(picked, { ...ten })).toEqual([nine]);
    expect([0, 1, 3].map(countPicked)).toEqual(['No slots picked yet', '1 slot picked', '3 slots picked']);
  });

  it('refuses picked times that start once the link has expired', () => {
    const values = {
      ...EMPTY_ONE_TIME_LINK_FORM,
      recipientEmail: 'dana@example.com',
      expiresInDays: '2',
      isPickingSlots: true,
      pickedSlots: [
        slotAt('2026-12-02T09:00:00.000Z'),
        slotAt('2026-12-03T08:00:00.000Z'),
        slotAt('2026-12-04T09:00:00.000Z'),
      ],
    };
    expect(validateOneTimeLinkForm(values, NOW).pickedSlots).toBe(
      '2 picked times start after the link expires in 2 days: let it last longer or remove them.',
    );
    expect(validateOneTimeLinkForm({ ...values, expiresInDays: '4' }, NOW)).toEqual({});
  });
});
