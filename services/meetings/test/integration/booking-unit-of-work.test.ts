import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createBookingUnitOfWork } from '../../src/adapters/db/booking-unit-of-work';
import { queryRows } from '../../src/adapters/db/client';
import { DomainError } from '../../src/domain/shared/domain-error';
import type { NewBookingRecords, NewBookingWithId } from '../../src/ports/booking-transaction';
import { insertBookingWithSideEffects } from '../factories/booking-with-side-effects';
import { useTestDatabase } from '../support/use-test-app';

// The exclusion constraint is the last word on overlapping meetings: when the code's own check misses one
// (it should not), the database refuses it and the client must still get 409 slot_unavailable, not a 500.
const file = useTestDatabase();

const NINE = new Date('2030-03-04T09:00:00Z');
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

function newBooking(
  fixture: { ownerId: string; linkId: string },
  startsAt: Date,
  endsAt: Date,
): NewBookingWithId {
  return {
    id: randomUUID(),
    createdAt: NINE,
    ownerId: fixture.ownerId,
    linkId: fixture.linkId,
    oneTimeLinkId: null,
    startsAt,
    endsAt,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    recipientName: 'Grace Hopper',
    recipientEmail: 'grace@example.com',
    recipientTimeZone: 'Europe/Berlin',
    answers: {},
    manageTokenHash: randomBytes(32).toString('base64url'),
    manageTokenSealed: 'sealed',
  };
}

/** What a booking writes besides itself, as book-slot makes it. */
function recordsOf(booking: NewBookingWithId): NewBookingRecords {
  return {
    analytics: { linkId: booking.linkId, kind: 'booked', occurredAt: NINE },
    audit: {
      ownerId: booking.ownerId,
      actor: 'public:test',
      action: 'booking.created',
      targetType: 'booking',
      targetId: booking.id,
      summary: 'booked',
      occurredAt: NINE,
    },
    sideEffects: [{ kind: 'send_confirmations', runAfter: NINE }],
    webhookEvent: {
      ownerId: booking.ownerId,
      type: 'booking.created',
      subjectId: booking.id,
      data: { id: booking.id },
      occurredAt: NINE,
    },
  };
}

async function countWhere(table: string, column: string, id: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    file.database.db,
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)}::text = ${id}`,
  );
  return Number(row?.n);
}

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse');
}

/** The SQLSTATE codes along an error's cause chain (drivers wrap the database's error differently). */
function sqlStatesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error; current && typeof current === 'object'; ) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    current = cause;
  }
  return codes;
}

describe('the booking transaction against the exclusion constraint', () => {
  it('turns an insert overlapping a confirmed meeting into slot_unavailable and keeps nothing of it', async () => {
    await file.database.reset();
    const fixture = await insertBookingWithSideEffects(file.database.db, { start: NINE, minutes: 30 });
    const unitOfWork = createBookingUnitOfWork(file.database.db);
    const overlapping = newBooking(fixture, minutes(NINE, 15), minutes(NINE, 45));

    const refused = await failureOf(
      unitOfWork.run((tx) => tx.insertBookingWithRecords(overlapping, recordsOf(overlapping))),
    );

    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'slot_unavailable' });
    const meetings = await unitOfWork.run((tx) =>
      tx.ownerMeetings(fixture.ownerId, { start: NINE.getTime(), end: minutes(NINE, 60).getTime() }),
    );
    expect(meetings).toHaveLength(1);
    expect(await countWhere('audit_log', 'target_id', overlapping.id)).toBe(0);
    expect(await countWhere('booking_side_effects', 'booking_id', overlapping.id)).toBe(0);
  });

  it('writes a booking and its records in one statement, and reads it back with the link under the lock', async () => {
    await file.database.reset();
    const fixture = await insertBookingWithSideEffects(file.database.db, { start: NINE, minutes: 30 });
    const unitOfWork = createBookingUnitOfWork(file.database.db);
    const later = newBooking(fixture, minutes(NINE, 60), minutes(NINE, 90));

    await unitOfWork.run((tx) => tx.insertBookingWithRecords(later, recordsOf(later)));

    const read = await unitOfWork.run((tx) =>
      tx.lockOwnerAndFindLinkAndMeetings(fixture.ownerId, fixture.linkId, {
        start: NINE.getTime(),
        end: minutes(NINE, 120).getTime(),
      }),
    );
    expect(read.link?.id).toBe(fixture.linkId);
    expect(read.meetings.map((m) => [m.start, m.end])).toEqual([
      [NINE.getTime(), minutes(NINE, 30).getTime()],
      [minutes(NINE, 60).getTime(), minutes(NINE, 90).getTime()],
    ]);
    expect(read.meetings[1]).toMatchObject({ bookingId: later.id, linkId: fixture.linkId });
    expect(await countWhere('audit_log', 'target_id', later.id)).toBe(1);
    expect(await countWhere('booking_side_effects', 'booking_id', later.id)).toBe(1);
    const stored = await unitOfWork.run((tx) => tx.findBooking(later.id));
    expect(stored).toMatchObject({ createdAt: NINE, icsSequence: 0, status: 'confirmed' });
  });

  it('reads no link and no meetings for a link that is not the owner’s', async () => {
    await file.database.reset();
    const fixture = await insertBookingWithSideEffects(file.database.db, { start: NINE, minutes: 30 });
    const unitOfWork = createBookingUnitOfWork(file.database.db);
    const read = await unitOfWork.run((tx) =>
      tx.lockOwnerAndFindLinkAndMeetings(randomUUID(), fixture.linkId, {
        start: 0,
        end: minutes(NINE, 60).getTime(),
      }),
    );
    expect(read).toEqual({ link: null, meetings: [] });
  });

  it('turns a move onto a confirmed meeting into slot_unavailable', async () => {
    await file.database.reset();
    const fixture = await insertBookingWithSideEffects(file.database.db, { start: NINE, minutes: 30 });
    const unitOfWork = createBookingUnitOfWork(file.database.db);
    const later = newBooking(fixture, minutes(NINE, 60), minutes(NINE, 90));
    await unitOfWork.run((tx) => tx.insertBookingWithRecords(later, recordsOf(later)));

    const refused = await failureOf(
      unitOfWork.run((tx) =>
        tx.moveBooking(later.id, { startsAt: minutes(NINE, 20), endsAt: minutes(NINE, 50), at: NINE }),
      ),
    );

    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'slot_unavailable' });
  });

  it('leaves other database errors as they are', async () => {
    await file.database.reset();
    const fixture = await insertBookingWithSideEffects(file.database.db, { start: NINE, minutes: 30 });
    const unitOfWork = createBookingUnitOfWork(file.database.db);
    const backwards = newBooking(fixture, minutes(NINE, 120), minutes(NINE, 90));

    const refused = await failureOf(
      unitOfWork.run((tx) => tx.insertBookingWithRecords(backwards, recordsOf(backwards))),
    );

    expect(refused).not.toBeInstanceOf(DomainError);
    expect(sqlStatesOf(refused)).toContain('23514');
  });
});
