import { DomainError } from '../../src/domain/shared/domain-error';
import type { BookingTransactionRepositories, BookingUnitOfWork } from '../../src/ports/booking-transaction';
import type { StoredBooking } from '../../src/ports/bookings';
import type { UnitOfWork } from '../../src/ports/unit-of-work';
import { ownerMeetingsIn } from './busy-time';
import { inTransaction, type MemoryStore, replaceRow } from './memory-store';
import {
  memoryAudit,
  memoryLinks,
  memoryOneTimeLinks,
  memoryTemplates,
  memoryWebhookOutbox,
} from './repositories';

/** The owner API's transaction over memory: a change and its audit entry, undone together when it throws. */
export function memoryUnitOfWork(store: MemoryStore): UnitOfWork {
  return {
    run: (work) =>
      inTransaction(store, () =>
        work({
          links: memoryLinks(store),
          templates: memoryTemplates(store),
          oneTimeLinks: memoryOneTimeLinks(store),
          audit: memoryAudit(store),
          webhooks: memoryWebhookOutbox(store),
        }),
      ),
  };
}

/**
 * The booking transaction over memory, typed against the real port. Like the database it refuses an overlapping
 * confirmed meeting of the same owner (`slot_unavailable`, the exclusion constraint) and consumes a one-time
 * link once. `locks` lists the owners locked, in order.
 */
export function memoryBookingUnitOfWork(store: MemoryStore): BookingUnitOfWork & { locks: string[] } {
  const locks: string[] = [];
  const booking = (id: string) => store.bookings.find((row) => row.id === id) ?? null;
  const confirmedOf = (ownerId: string) =>
    store.bookings.filter((row) => row.ownerId === ownerId && row.status === 'confirmed');
  const links = memoryLinks(store);
  const oneTimeLinks = memoryOneTimeLinks(store);
  const update = (id: string, change: (row: StoredBooking) => Partial<StoredBooking>) => {
    const current = booking(id);
    if (!current) throw new Error(`no booking ${id}`);
    const changed = { ...current, ...change(current) };
    replaceRow(store.bookings, changed);
    const { manageTokenHash: _, ...stored } = changed;
    return stored;
  };
  const refuseOverlap = (ownerId: string, startsAt: Date, endsAt: Date, except?: string) => {
    const overlaps = confirmedOf(ownerId).some(
      (row) => row.id !== except && row.startsAt < endsAt && startsAt < row.endsAt,
    );
    if (overlaps) throw new DomainError('slot_unavailable', 'The slot was just taken.');
  };

  const repositories: BookingTransactionRepositories = {
    lockOwner: async (ownerId) => {
      locks.push(ownerId);
    },
    findLink: (ownerId, linkId) => links.findOwned(ownerId, linkId),
    findOneTimeLink: (ownerId, id) => oneTimeLinks.findOwned(ownerId, id),
    ownerMeetings: async (ownerId, range) => ownerMeetingsIn(store, ownerId, range),
    async consumeOneTimeLink(id, bookingId, now) {
      const row = store.oneTimeLinks.find((link) => link.id === id);
      if (!row || row.status !== 'active' || row.expiresAt <= now) return false;
      replaceRow(store.oneTimeLinks, { ...row, status: 'booked', bookingId });
      return true;
    },
    lockOwnerAndFindLinkAndMeetings: async (ownerId, linkId, range) => {
      const link = await links.findOwned(ownerId, linkId);
      if (!link) return { link: null, meetings: [] };
      locks.push(ownerId);
      return { link, meetings: ownerMeetingsIn(store, ownerId, range) };
    },
    // The one statement the database adapter writes, as its separate rows: all of them or, refused, none.
    insertBookingWithRecords: async (next, records) => {
      refuseOverlap(next.ownerId, next.startsAt, next.endsAt);
      store.bookings.push({
        ...next,
        status: 'confirmed',
        conferenceUrl: null,
        icsSequence: 0,
        cancelledAt: null,
        cancelReason: null,
        cancelledBy: null,
        rescheduledAt: null,
      });
      store.analytics.push(records.analytics);
      store.audit.push(records.audit);
      for (const effect of records.sideEffects)
        store.sideEffects.push({ bookingId: next.id, revision: 0, ...effect });
      store.webhookEvents.push(records.webhookEvent);
      const kept = records.idempotentResponse;
      if (kept) store.responses.set(`${kept.scope}\n${kept.key}`, kept.response);
    },
    recordAnalytics: async (event) => {
      store.analytics.push(event);
    },
    recordAudit: async (entry) => {
      store.audit.push(entry);
    },
    findBooking: async (id) => {
      const row = booking(id);
      if (!row) return null;
      const { manageTokenHash: _, ...stored } = row;
      return stored;
    },
    moveBooking: async (id, move) => {
      const current = booking(id);
      if (current) refuseOverlap(current.ownerId, move.startsAt, move.endsAt, id);
      return update(id, (row) => ({
        startsAt: move.startsAt,
        endsAt: move.endsAt,
        rescheduledAt: move.at,
        icsSequence: row.icsSequence + 1,
      }));
    },
    cancelBooking: async (id, cancel) =>
      update(id, (row) => ({
        status: 'cancelled',
        cancelledAt: cancel.at,
        cancelledBy: cancel.by,
        cancelReason: cancel.reason,
        icsSequence: row.icsSequence + 1,
      })),
    addSideEffects: async (bookingId, effects) => {
      for (const effect of effects) store.sideEffects.push({ bookingId, revision: 0, ...effect });
    },
    dropPendingSideEffects: async (bookingId, kind) => {
      const before = store.sideEffects.length;
      store.sideEffects = store.sideEffects.filter(
        (effect) => !(effect.bookingId === bookingId && effect.kind === kind),
      );
      return before - store.sideEffects.length;
    },
    findBookingView: async (ownerId, id) => {
      const row = booking(id);
      if (!row || row.ownerId !== ownerId) return null;
      const link = store.links.find((entry) => entry.id === row.linkId);
      return { ...row, linkTitle: link?.title ?? '', calendarEventId: null };
    },
    recordWebhookEvent: async (event) => {
      store.webhookEvents.push(event);
    },
    findResponse: async (scope, key) => store.responses.get(`${scope}\n${key}`) ?? null,
    saveResponse: async (scope, key, response) => {
      store.responses.set(`${scope}\n${key}`, response);
    },
  };
  return { locks, run: (work) => inTransaction(store, () => work(repositories)) };
}
