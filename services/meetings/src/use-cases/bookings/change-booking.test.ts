import { describe, expect, it } from 'vitest';
import { defaultLinkSettings } from '../../domain/links/link-settings';
import { DomainError } from '../../domain/shared/domain-error';
import type { AnalyticsEvent } from '../../ports/analytics';
import type { NewAuditEntry } from '../../ports/audit';
import type { BookingTransactionRepositories, BookingUnitOfWork } from '../../ports/booking-transaction';
import type { StoredBooking } from '../../ports/bookings';
import type { LinkRecord } from '../../ports/links';
import type { SideEffectKind } from '../../ports/side-effects';
import type { WebhookEvent } from '../../ports/webhooks';
import { type ChangeAuthor, makeCancelBooking, makeRescheduleBooking } from './change-booking';

// Wednesday 3 June 2026, 09:00–09:30 in UTC, on a link open 09:00–17:00 UTC on weekdays; now is Monday.
const NOW = new Date('2026-06-01T08:00:00.000Z');
const OWNER = 'owner-1';

function storedBooking(overrides: Partial<StoredBooking> = {}): StoredBooking {
  return {
    id: 'booking-1',
    ownerId: OWNER,
    linkId: 'link-1',
    oneTimeLinkId: null,
    status: 'confirmed',
    startsAt: new Date('2026-06-03T09:00:00.000Z'),
    endsAt: new Date('2026-06-03T09:30:00.000Z'),
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    recipientName: 'Rita',
    recipientEmail: 'rita@example.com',
    recipientTimeZone: 'UTC',
    answers: {},
    conferenceUrl: null,
    icsSequence: 0,
    createdAt: NOW,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    rescheduledAt: null,
    manageTokenSealed: null,
    ...overrides,
  };
}

const link: LinkRecord = {
  id: 'link-1',
  ownerId: OWNER,
  templateId: null,
  title: 'Intro call',
  description: '',
  tokenSealed: '',
  isActive: true,
  settings: { ...defaultLinkSettings('UTC'), minNoticeMinutes: 0 },
  minChangeNoticeMinutes: 1440,
  createdAt: NOW,
  updatedAt: NOW,
};

/** The booking transaction over memory, typed against the real port: what the change flows write, kept. */
function inMemoryBookings(initial: StoredBooking[]) {
  const bookings = new Map(initial.map((booking) => [booking.id, booking]));
  const sideEffects: { bookingId: string; kind: SideEffectKind; revision: number; runAfter: Date }[] = [];
  const audit: NewAuditEntry[] = [];
  const analytics: AnalyticsEvent[] = [];
  const webhookEvents: WebhookEvent[] = [];
  const unsupported = () => {
    throw new Error('not used by the change flows');
  };
  const repositories: BookingTransactionRepositories = {
    lockOwner: async () => {},
    findLink: async (_ownerId, id) => (id === link.id ? link : null),
    findOneTimeLink: async () => null,
    ownerMeetings: async () =>
      [...bookings.values()]
        .filter((booking) => booking.status === 'confirmed')
        .map((booking) => ({
          bookingId: booking.id,
          linkId: booking.linkId,
          start: booking.startsAt.getTime(),
          end: booking.endsAt.getTime(),
          bufferBeforeMinutes: booking.bufferBeforeMinutes,
          bufferAfterMinutes: booking.bufferAfterMinutes,
        })),
    insertBooking: unsupported,
    recordNewBooking: unsupported,
    consumeOneTimeLink: unsupported,
    recordAnalytics: async (event) => void analytics.push(event),
    recordAudit: async (entry) => void audit.push(entry),
    findBooking: async (id) => bookings.get(id) ?? null,
    moveBooking: async (id, move) => {
      const moved = { ...(bookings.get(id) as StoredBooking) };
      Object.assign(moved, {
        startsAt: move.startsAt,
        endsAt: move.endsAt,
        rescheduledAt: move.at,
        icsSequence: moved.icsSequence + 1,
      });
      bookings.set(id, moved);
      return moved;
    },
    cancelBooking: async (id, cancel) => {
      const current = bookings.get(id) as StoredBooking;
      const cancelled: StoredBooking = {
        ...current,
        status: 'cancelled',
        cancelledAt: cancel.at,
        cancelledBy: cancel.by,
        cancelReason: cancel.reason,
        icsSequence: current.icsSequence + 1,
      };
      bookings.set(id, cancelled);
      return cancelled;
    },
    addSideEffects: async (bookingId, effects) => {
      for (const effect of effects) sideEffects.push({ bookingId, revision: 0, ...effect });
    },
    dropPendingSideEffects: async (bookingId, kind) => {
      const before = sideEffects.length;
      sideEffects.splice(
        0,
        sideEffects.length,
        ...sideEffects.filter((effect) => !(effect.bookingId === bookingId && effect.kind === kind)),
      );
      return before - sideEffects.length;
    },
    findBookingView: async (ownerId, id) => {
      const booking = bookings.get(id);
      return booking && booking.ownerId === ownerId
        ? { ...booking, linkTitle: link.title, calendarEventId: null }
        : null;
    },
    recordWebhookEvent: async (event) => void webhookEvents.push(event),
    findResponse: async () => null,
    saveResponse: async () => {},
  };
  const unitOfWork: BookingUnitOfWork = { run: (work) => work(repositories) };
  return { bookings, sideEffects, audit, analytics, webhookEvents, unitOfWork };
}

function setUp(initial: StoredBooking[] = [storedBooking()]) {
  const store = inMemoryBookings(initial);
  const changed: string[] = [];
  const deps = {
    bookingTransaction: store.unitOfWork,
    calendarBusy: { getBusy: async () => [] },
    clock: { now: () => NOW },
    onChanged: (booking: { id: string }) => void changed.push(booking.id),
  };
  return { ...store, changed, cancel: makeCancelBooking(deps), reschedule: makeRescheduleBooking(deps) };
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
