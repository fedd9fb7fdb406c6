import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../test/fakes/memory-store';
import { linkRecord, storedBooking } from '../../../test/fakes/records';
import { memoryBookingUnitOfWork } from '../../../test/fakes/unit-of-work';
import { DomainError } from '../../domain/shared/domain-error';
import type { StoredBooking } from '../../ports/bookings';
import { type ChangeAuthor, makeCancelBooking, makeRescheduleBooking } from './change-booking';

// Wednesday 3 June 2026, 09:00–09:30 in UTC, on a link open 09:00–17:00 UTC on weekdays; now is Monday.
const NOW = new Date('2026-06-01T08:00:00.000Z');
const OWNER = 'owner-1';

/** The change flows over the booking transaction in memory (test/fakes): what they write, kept. */
function setUp(initial: StoredBooking[] = [storedBooking()]) {
  const store = createMemoryStore({
    links: [{ ...linkRecord(), tokenHash: 'hash:link-token' }],
    bookings: initial.map((booking) => ({ ...booking, manageTokenHash: null })),
  });
  const changed: string[] = [];
  const deps = {
    bookingTransaction: memoryBookingUnitOfWork(store),
    calendarBusy: { getBusy: async () => [] },
    clock: { now: () => NOW },
    onChanged: (booking: { id: string }) => void changed.push(booking.id),
  };
  return {
    get sideEffects() {
      return store.sideEffects;
    },
    get audit() {
      return store.audit;
    },
    get analytics() {
      return store.analytics;
    },
    get webhookEvents() {
      return store.webhookEvents;
    },
    changed,
    cancel: makeCancelBooking(deps),
    reschedule: makeRescheduleBooking(deps),
  };
}

const target = { ownerId: OWNER, bookingId: 'booking-1' };
const asIs = { present: (booking: StoredBooking) => booking };
const attendee = (minChangeNoticeMinutes = 1440): ChangeAuthor => ({
  by: 'attendee',
  ip: '203.0.113.7',
  minChangeNoticeMinutes,
});
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error) => (error instanceof DomainError ? error.code : String(error)),
  );

describe('cancelBooking', () => {
  it('cancels once: the second call answers the booking unchanged, queues and tells nothing', async () => {
    const flow = setUp();
    const first = await flow.cancel(target, { reason: ' Sick ' }, attendee(), asIs);
    expect(first).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'attendee',
      cancelReason: 'Sick',
      icsSequence: 1,
    });
    const second = await flow.cancel(target, { reason: 'Again' }, { by: 'owner' }, asIs);
    expect(second).toEqual(first);
    expect(flow.sideEffects.map((effect) => [effect.kind, effect.revision])).toEqual([
      ['cancel_event', 1],
      ['send_change_notices', 1],
    ]);
    expect(flow.audit.map((entry) => entry.action)).toEqual(['booking.cancelled']);
    expect(flow.analytics.map((event) => event.kind)).toEqual(['cancelled']);
    expect(flow.webhookEvents).toEqual([
      {
        ownerId: OWNER,
        type: 'booking.cancelled',
        subjectId: 'booking-1',
        data: expect.objectContaining({ id: 'booking-1', status: 'cancelled', cancelReason: 'Sick' }),
        occurredAt: NOW,
      },
    ]);
    expect(flow.changed).toEqual(['booking-1']);
  });

  it('holds the attendee to the change window, never the owner', async () => {
    const flow = setUp([
      storedBooking({ startsAt: new Date('2026-06-02T07:00:00Z'), endsAt: new Date('2026-06-02T07:30:00Z') }),
    ]);
    expect(await codeOf(flow.cancel(target, { reason: null }, attendee(), asIs))).toBe('too_late_to_change');
    expect(await codeOf(flow.cancel(target, { reason: null }, { by: 'owner' }, asIs))).toBeNull();
  });

  it('does not find another owner’s booking', async () => {
    const flow = setUp();
    expect(
      await codeOf(
        flow.cancel({ ownerId: 'owner-2', bookingId: 'booking-1' }, { reason: null }, { by: 'owner' }, asIs),
      ),
    ).toBe('not_found');
  });
});

describe('rescheduleBooking', () => {
  it('moves over its own old time; a waiting follow-up moves with it', async () => {
    const flow = setUp();
    flow.sideEffects.push({
      bookingId: 'booking-1',
      kind: 'send_follow_up',
      revision: 0,
      runAfter: new Date('2026-06-03T09:30:00Z'),
    });
    const moved = await flow.reschedule(
      target,
      { start: new Date('2026-06-03T09:30:00Z'), duration: 30 },
      attendee(),
      asIs,
    );
    expect(moved).toMatchObject({
      startsAt: new Date('2026-06-03T09:30:00Z'),
      icsSequence: 1,
      rescheduledAt: NOW,
    });
    expect(
      flow.sideEffects.map((effect) => [effect.kind, effect.revision, effect.runAfter.toISOString()]),
    ).toEqual([
      ['update_event', 1, NOW.toISOString()],
      ['send_change_notices', 1, NOW.toISOString()],
      ['send_follow_up', 1, '2026-06-03T10:00:00.000Z'],
    ]);
    expect(flow.webhookEvents.map((event) => [event.type, (event.data as { start: string }).start])).toEqual([
      ['booking.rescheduled', '2026-06-03T09:30:00.000Z'],
    ]);
  });

  it('keeps the attendee to the link’s hours, lets the owner step outside them but never onto another meeting', async () => {
    const flow = setUp([
      storedBooking(),
      storedBooking({
        id: 'booking-2',
        startsAt: new Date('2026-06-03T11:00:00Z'),
        endsAt: new Date('2026-06-03T11:30:00Z'),
      }),
    ]);
    const evening = { start: new Date('2026-06-03T20:00:00Z'), duration: 30 };
    expect(await codeOf(flow.reschedule(target, evening, attendee(), asIs))).toBe('outside_window');
    expect(
      await codeOf(
        flow.reschedule(target, { start: new Date('2026-06-03T11:00:00Z'), duration: 30 }, attendee(), asIs),
      ),
    ).toBe('slot_unavailable');
    expect(
      await codeOf(
        flow.reschedule(target, { start: new Date('2026-06-03T11:15:00Z') }, { by: 'owner' }, asIs),
      ),
    ).toBe('slot_unavailable');
    const byOwner = await flow.reschedule(target, { start: evening.start }, { by: 'owner' }, asIs);
    expect(byOwner.endsAt).toEqual(new Date('2026-06-03T20:30:00Z'));
  });

  it('refuses a cancelled booking, and a move to where it already is changes nothing', async () => {
    const flow = setUp();
    const same = await flow.reschedule(
      target,
      { start: new Date('2026-06-03T09:00:00Z'), duration: 30 },
      attendee(),
      asIs,
    );
    expect(same.icsSequence).toBe(0);
    expect(flow.sideEffects).toEqual([]);
    await flow.cancel(target, { reason: null }, { by: 'owner' }, asIs);
    expect(
      await codeOf(
        flow.reschedule(target, { start: new Date('2026-06-03T10:00:00Z') }, { by: 'owner' }, asIs),
      ),
    ).toBe('booking_cancelled');
  });
});
