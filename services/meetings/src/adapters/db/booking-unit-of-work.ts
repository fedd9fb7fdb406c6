import type { Interval } from '@bookings/availability';
import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import { DomainError } from '../../domain/shared/domain-error';
import type { BookingUnitOfWork } from '../../ports/booking-transaction';
import type { Db } from './client';
import { createAnalyticsRepository } from './repositories/analytics-repository';
import { createAuditRepository } from './repositories/audit-repository';
import { selectOwnerMeetings } from './repositories/bookings-busy-time';
import { createBookingsRepository } from './repositories/bookings-repository';
import { createLinksRepository, linkColumns, ownedLink, toLinkRecord } from './repositories/links-repository';
import { createOneTimeLinksRepository } from './repositories/one-time-links-repository';
import { storedBookingColumns, toStoredBooking } from './repositories/stored-booking';
import { createWebhookOutbox, webhookOutboxInsert } from './repositories/webhooks-repository';
import {
  analyticsEvents,
  auditLog,
  bookingLinks,
  bookingSideEffects,
  bookings,
  idempotencyKeys,
  oneTimeLinks,
  owners,
} from './schema';

const EXCLUSION_VIOLATION = '23P01';

export function createBookingUnitOfWork(db: Db): BookingUnitOfWork {
  return {
    run: (work) =>
      db.transaction(async (tx) => {
        const links = createLinksRepository(tx);
        const oneTime = createOneTimeLinksRepository(tx);
        const analytics = createAnalyticsRepository(tx);
        const audit = createAuditRepository(tx);
        const ownerBookings = createBookingsRepository(tx);
        const webhooks = createWebhookOutbox(tx);
        return work({
          async lockOwner(ownerId) {
            // Written out: the query builder's work would be done while every other booking of the owner waits.
            await tx.execute(sql`SELECT 1 FROM ${owners} WHERE ${owners.id} = ${ownerId}::uuid FOR UPDATE`);
          },
          findLink: (ownerId, linkId) => links.findOwned(ownerId, linkId),
          findOneTimeLink: (ownerId, id) => oneTime.findOwned(ownerId, id),
          ownerMeetings: (ownerId, range) => selectOwnerMeetings(tx, ownerId, range),
          async lockOwnerAndFindLinkAndMeetings(ownerId, linkId, range) {
            const [row] = await tx
              .select({ ...linkColumns, meetings: lockOwnerAndListMeetings(ownerId, range) })
              .from(bookingLinks)
              .where(ownedLink(ownerId, linkId));
            if (!row) return { link: null, meetings: [] };
            const { meetings, ...link } = row;
            return { link: toLinkRecord(link), meetings: meetings.map(toOwnerMeeting) };
          },
          async findBooking(bookingId) {
            const [row] = await tx
              .select(storedBookingColumns)
              .from(bookings)
              .where(eq(bookings.id, bookingId));
            return row ? toStoredBooking(row) : null;
          },
          async moveBooking(bookingId, move) {
            try {
              const [row] = await tx
                .update(bookings)
                .set({
                  startsAt: move.startsAt,
                  endsAt: move.endsAt,
                  rescheduledAt: move.at,
                  icsSequence: sql`${bookings.icsSequence} + 1`,
                })
                .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'confirmed')))
                .returning(storedBookingColumns);
              if (!row) throw new Error(`booking ${bookingId} is not confirmed`);
              return toStoredBooking(row);
            } catch (error) {
              throw asSlotUnavailable(error);
            }
          },
          async cancelBooking(bookingId, cancel) {
            const [row] = await tx
              .update(bookings)
              .set({
                status: 'cancelled',
                cancelledAt: cancel.at,
                cancelledBy: cancel.by,
                cancelReason: cancel.reason,
                icsSequence: sql`${bookings.icsSequence} + 1`,
              })
              .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'confirmed')))
              .returning(storedBookingColumns);
            if (!row) throw new Error(`booking ${bookingId} is not confirmed`);
            return toStoredBooking(row);
          },
          async consumeOneTimeLink(id, bookingId, now) {
            const rows = await tx
              .update(oneTimeLinks)
              .set({ status: 'booked', bookingId })
              .where(
                and(
                  eq(oneTimeLinks.id, id),
                  eq(oneTimeLinks.status, 'active'),
                  gt(oneTimeLinks.expiresAt, now),
                ),
              )
              .returning({ id: oneTimeLinks.id });
            return rows.length === 1;
          },
          async insertBookingWithRecords(booking, records) {
            const { analytics: event, audit: entry, sideEffects, webhookEvent, idempotentResponse } = records;
            const writes: SQL[] = [
              tx.insert(bookings).values(booking).getSQL(),
              tx
                .insert(analyticsEvents)
                .values({
                  linkId: event.linkId,
                  kind: event.kind,
                  referrerOrigin: event.referrerOrigin ?? null,
                  occurredAt: event.occurredAt,
                })
                .getSQL(),
              tx.insert(auditLog).values(entry).getSQL(),
            ];
            if (sideEffects.length > 0)
              writes.push(
                tx
                  .insert(bookingSideEffects)
                  .values(
                    sideEffects.map((e) => ({
                      bookingId: booking.id,
                      kind: e.kind,
                      runAfter: e.runAfter,
                      revision: 0,
                    })),
                  )
                  .getSQL(),
              );
            if (idempotentResponse)
              writes.push(
                tx
                  .insert(idempotencyKeys)
                  .values({
                    scope: idempotentResponse.scope,
                    key: idempotentResponse.key,
                    requestHash: idempotentResponse.response.requestHash,
                    responseStatus: idempotentResponse.response.status,
                    responseBody: idempotentResponse.response.body,
                  })
                  .getSQL(),
              );
            // Data-modifying WITH clauses all run, referenced or not, in the one statement; foreign keys to the
            // booking are checked at its end, when the booking's row is there.
            const ctes = sql.join(
              writes.map((write, i) => sql`${sql.raw(`w${i}`)} AS (${write})`),
              sql`, `,
            );
            try {
              await tx.execute(sql`WITH ${ctes} ${webhookOutboxInsert(webhookEvent)}`);
            } catch (error) {
              throw asSlotUnavailable(error);
            }
          },
          recordAnalytics: (event) => analytics.record(event),
          recordAudit: (entry) => audit.record(entry),
          async addSideEffects(bookingId, effects) {
            if (effects.length === 0) return;
            await tx.insert(bookingSideEffects).values(
              effects.map((e) => ({
                bookingId,
                kind: e.kind,
                runAfter: e.runAfter,
                revision: e.revision ?? 0,
              })),
            );
          },
          async dropPendingSideEffects(bookingId, kind) {
            const dropped = await tx
              .delete(bookingSideEffects)
              .where(
                and(
                  eq(bookingSideEffects.bookingId, bookingId),
                  eq(bookingSideEffects.kind, kind),
                  eq(bookingSideEffects.status, 'pending'),
                ),
              )
              .returning({ id: bookingSideEffects.id });
            return dropped.length;
          },
          findBookingView: (ownerId, bookingId) => ownerBookings.findOwned(ownerId, bookingId),
          recordWebhookEvent: (event) => webhooks.record(event),
          async findResponse(scope, key) {
            const [row] = await tx
              .select()
              .from(idempotencyKeys)
              .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
            return row
              ? { requestHash: row.requestHash, status: row.responseStatus, body: row.responseBody }
              : null;
          },
          async saveResponse(scope, key, response) {
            await tx.insert(idempotencyKeys).values({
              scope,
              key,
              requestHash: response.requestHash,
              responseStatus: response.status,
              responseBody: response.body,
            });
          },
        });
      }),
  };
}

/** The exclusion constraint's refusal becomes the 409 a client understands; anything else stays as it is. */
function asSlotUnavailable(error: unknown): unknown {
  if (sqlState(error) !== EXCLUSION_VIOLATION) return error;
  return new DomainError(
    'slot_unavailable',
    'This time was just booked by someone else. Please pick another one.',
  );
}

function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error; current && typeof current === 'object'; ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A meeting as the one-statement read sends it: [id, link id, start ms, end ms, buffer before, buffer after]. */
type MeetingTuple = [string, string, number, number, number, number];

/**
 * The owner's lock, then the owner's confirmed bookings overlapping `range` as a JSON array of tuples: a column
 * of the link's row, evaluated only for the owner's link. The database function (migration 0013) reads them after
 * the lock is granted, which a plain subquery of the same statement would not (see the migration).
 */
function lockOwnerAndListMeetings(ownerId: string, range: Interval) {
  return sql<MeetingTuple[]>`lock_owner_and_list_meetings(${ownerId}::uuid,
    ${new Date(range.start).toISOString()}::timestamptz, ${new Date(range.end).toISOString()}::timestamptz)`;
}

function toOwnerMeeting([
  bookingId,
  linkId,
  start,
  end,
  bufferBeforeMinutes,
  bufferAfterMinutes,
]: MeetingTuple) {
  return {
    bookingId,
    linkId,
    start: Number(start),
    end: Number(end),
    bufferBeforeMinutes,
    bufferAfterMinutes,
  };
}
