import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Sealer } from '../../../ports/secrets';
import type {
  SideEffectBooking,
  SideEffectBookingsRepository,
  SideEffectKind,
  SideEffectRow,
  SideEffectState,
  SideEffectStatus,
  SideEffectsRepository,
} from '../../../ports/side-effects';
import type { Db } from '../client';
import {
  bookingLinks,
  bookingSideEffects,
  bookings,
  bookingTemplates,
  owners,
  sideEffectDeliveries,
} from '../schema';

const MAX_ERROR_LENGTH = 2000;

const rowColumns = {
  id: bookingSideEffects.id,
  bookingId: bookingSideEffects.bookingId,
  kind: bookingSideEffects.kind,
  revision: bookingSideEffects.revision,
  status: bookingSideEffects.status,
  attempts: bookingSideEffects.attempts,
  runAfter: bookingSideEffects.runAfter,
};

const toRow = (row: {
  id: string;
  bookingId: string;
  kind: string;
  revision: number;
  status: string;
  attempts: number;
  runAfter: Date;
}): SideEffectRow => ({
  ...row,
  kind: row.kind as SideEffectKind,
  status: row.status as SideEffectStatus,
});

/** A settled or failed row is held by nobody: the next run claims it at once. */
const RELEASED = { claimToken: null, claimedUntil: null };

/**
 * A lease measured on the database's clock, the one clock every process of an installation shares: a claim
 * taken on one machine lapses at the same instant for a process on another.
 */
const leaseFromNow = (leaseMs: number) =>
  sql`now() + ${Math.ceil(leaseMs)}::integer * interval '1 millisecond'`;

const heldBy = (id: string, token: string) =>
  and(eq(bookingSideEffects.id, id), eq(bookingSideEffects.claimToken, token));

export function createSideEffectsRepository(db: Db): SideEffectsRepository {
  return {
    async listToEnqueue(_now, staleBefore, limit) {
      const rows = await db
        .select(rowColumns)
        .from(bookingSideEffects)
        .where(
          and(
            eq(bookingSideEffects.status, 'pending'),
            or(isNull(bookingSideEffects.enqueuedAt), lt(bookingSideEffects.enqueuedAt, staleBefore)),
          ),
        )
        .orderBy(asc(bookingSideEffects.createdAt))
        .limit(limit);
      return rows.map(toRow);
    },

    async markEnqueued(ids, at) {
      if (ids.length === 0) return;
      await db.update(bookingSideEffects).set({ enqueuedAt: at }).where(inArray(bookingSideEffects.id, ids));
    },

    async claim(id, leaseMs) {
      const token = randomUUID();
      // The condition and the write are one statement: of two runs at once, the second finds the row taken.
      const [claimed] = await db
        .update(bookingSideEffects)
        .set({ claimToken: token, claimedUntil: leaseFromNow(leaseMs) })
        .where(
          and(
            eq(bookingSideEffects.id, id),
            eq(bookingSideEffects.status, 'pending'),
            or(isNull(bookingSideEffects.claimedUntil), lte(bookingSideEffects.claimedUntil, sql`now()`)),
          ),
        )
        .returning(rowColumns);
      if (claimed) return { row: toRow(claimed), token };
      const [row] = await db
        .select({ status: bookingSideEffects.status })
        .from(bookingSideEffects)
        .where(eq(bookingSideEffects.id, id));
      return row?.status === 'pending' ? 'held' : 'settled';
    },

    async renewClaim(id, token, leaseMs) {
      const renewed = await db
        .update(bookingSideEffects)
        .set({ claimedUntil: leaseFromNow(leaseMs) })
        .where(and(heldBy(id, token), eq(bookingSideEffects.status, 'pending')))
        .returning({ id: bookingSideEffects.id });
      return renewed.length > 0;
    },

    async markDone(id, at) {
      await db
        .update(bookingSideEffects)
        .set({
          status: 'done',
          doneAt: at,
          lastError: null,
          attempts: sql`${bookingSideEffects.attempts} + 1`,
          ...RELEASED,
        })
        .where(and(eq(bookingSideEffects.id, id), eq(bookingSideEffects.status, 'pending')));
    },

    async recordFailure(id, token, error, maxAttempts) {
      const [row] = await db
        .update(bookingSideEffects)
        .set({
          attempts: sql`${bookingSideEffects.attempts} + 1`,
          lastError: error.slice(0, MAX_ERROR_LENGTH),
          status: sql`CASE WHEN ${bookingSideEffects.attempts} + 1 >= ${maxAttempts} THEN 'dead' ELSE 'pending' END`,
          ...RELEASED,
        })
        .where(and(heldBy(id, token), eq(bookingSideEffects.status, 'pending')))
        .returning({ status: bookingSideEffects.status });
      return row ? (row.status as SideEffectStatus) : null;
    },

    async markDead(id, token, error) {
      const dead = await db
        .update(bookingSideEffects)
        .set({
          attempts: sql`${bookingSideEffects.attempts} + 1`,
          lastError: error.slice(0, MAX_ERROR_LENGTH),
          status: 'dead',
          ...RELEASED,
        })
        .where(and(heldBy(id, token), eq(bookingSideEffects.status, 'pending')))
        .returning({ id: bookingSideEffects.id });
      return dead.length > 0;
    },

    async revive(ownerId, bookingId, sideEffectId) {
      const [found] = await db
        .select({ status: bookingSideEffects.status })
        .from(bookingSideEffects)
        .innerJoin(bookings, eq(bookings.id, bookingSideEffects.bookingId))
        .where(
          and(
            eq(bookingSideEffects.id, sideEffectId),
            eq(bookingSideEffects.bookingId, bookingId),
            eq(bookings.ownerId, ownerId),
          ),
        );
      if (!found) return 'not_found';
      // Only a dead row moves: two clicks at once revive it once, and a pending or done row is left alone.
      const [revived] = await db
        .update(bookingSideEffects)
        .set({ status: 'pending', attempts: 0, lastError: null, enqueuedAt: null, ...RELEASED })
        .where(and(eq(bookingSideEffects.id, sideEffectId), eq(bookingSideEffects.status, 'dead')))
        .returning(rowColumns);
      return revived ? toRow(revived) : 'not_dead';
    },

    async listForBooking(ownerId, bookingId) {
      const [booking] = await db
        .select({ id: bookings.id })
        .from(bookings)
        .where(and(eq(bookings.id, bookingId), eq(bookings.ownerId, ownerId)));
      if (!booking) return null;
      const rows = await db
        .select({
          id: bookingSideEffects.id,
          kind: bookingSideEffects.kind,
          revision: bookingSideEffects.revision,
          status: bookingSideEffects.status,
          attempts: bookingSideEffects.attempts,
          lastError: bookingSideEffects.lastError,
        })
        .from(bookingSideEffects)
        .where(eq(bookingSideEffects.bookingId, bookingId))
        .orderBy(
          asc(bookingSideEffects.revision),
          asc(bookingSideEffects.createdAt),
          asc(bookingSideEffects.kind),
        );
      return rows as SideEffectState[];
    },

    async hasDelivered(sideEffectId, recipient) {
      const [row] = await db
        .select({ sentAt: sideEffectDeliveries.sentAt })
        .from(sideEffectDeliveries)
        .where(
          and(
            eq(sideEffectDeliveries.sideEffectId, sideEffectId),
            eq(sideEffectDeliveries.recipient, recipient),
          ),
        );
      return row !== undefined;
    },

    async recordDelivery(sideEffectId, recipient, messageId) {
      await db
        .insert(sideEffectDeliveries)
        .values({ sideEffectId, recipient, messageId })
        .onConflictDoNothing();
    },
  };
}

export function createSideEffectBookingsRepository(
  db: Db,
  sealer: Pick<Sealer, 'unseal'>,
): SideEffectBookingsRepository {
  return {
    async load(bookingId) {
      const [row] = await db
        .select({
          booking: {
            id: bookings.id,
            ownerId: bookings.ownerId,
            status: bookings.status,
            startsAt: bookings.startsAt,
            endsAt: bookings.endsAt,
            recipientName: bookings.recipientName,
            recipientEmail: bookings.recipientEmail,
            recipientTimeZone: bookings.recipientTimeZone,
            answers: bookings.answers,
            calendarEventId: bookings.calendarEventId,
            conferenceUrl: bookings.conferenceUrl,
            manageTokenSealed: bookings.manageTokenSealed,
            icsSequence: bookings.icsSequence,
            createdAt: bookings.createdAt,
            cancelReason: bookings.cancelReason,
            cancelledBy: bookings.cancelledBy,
          },
          owner: { email: owners.email, name: owners.name, timeZone: owners.timeZone },
          link: {
            title: bookingLinks.title,
            description: bookingLinks.description,
            settings: bookingLinks.settings,
          },
          templateQuestions: bookingTemplates.questions,
          emailFollowupEnabled: bookingTemplates.emailFollowupEnabled,
        })
        .from(bookings)
        .innerJoin(owners, eq(owners.id, bookings.ownerId))
        .innerJoin(bookingLinks, eq(bookingLinks.id, bookings.linkId))
        .leftJoin(bookingTemplates, eq(bookingTemplates.id, bookingLinks.templateId))
        .where(eq(bookings.id, bookingId));
      if (!row) return null;
      const { manageTokenSealed, ...bookingFields } = row.booking;
      const settings = (row.link.settings ?? {}) as { timeZone?: unknown; videoCall?: unknown };
      const questions = Array.isArray(row.templateQuestions) ? row.templateQuestions : [];
      const context: SideEffectBooking = {
        booking: {
          ...bookingFields,
          answers: (bookingFields.answers ?? {}) as Record<string, unknown>,
          manageToken: manageTokenSealed ? sealer.unseal(manageTokenSealed) : null,
          cancelledBy: toCancelledBy(bookingFields.cancelledBy),
        },
        owner: row.owner,
        link: {
          title: row.link.title,
          description: row.link.description,
          timeZone: typeof settings.timeZone === 'string' ? settings.timeZone : row.owner.timeZone,
          videoCall: settings.videoCall === true,
        },
        template:
          row.emailFollowupEnabled === null
            ? null
            : {
                emailFollowupEnabled: row.emailFollowupEnabled,
                questions: questions.flatMap((q: unknown) => {
                  const question = q as { id?: unknown; label?: unknown };
                  return typeof question.id === 'string' && typeof question.label === 'string'
                    ? [{ id: question.id, label: question.label }]
                    : [];
                }),
              },
      };
      return context;
    },

    async setCalendarEvent(bookingId, event) {
      await db
        .update(bookings)
        .set({ calendarEventId: event.eventId, conferenceUrl: event.conferenceUrl })
        .where(eq(bookings.id, bookingId));
    },
  };
}

function toCancelledBy(value: string | null): 'owner' | 'attendee' | null {
  return value === 'owner' || value === 'attendee' ? value : null;
}
