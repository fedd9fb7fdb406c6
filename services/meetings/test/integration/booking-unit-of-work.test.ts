import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBookingUnitOfWork } from '../../src/adapters/db/booking-unit-of-work';
import { DomainError } from '../../src/domain/shared/domain-error';
import type { NewBooking } from '../../src/ports/booking-transaction';
import { insertBookingWithSideEffects } from '../factories/booking-with-side-effects';
import { useTestDatabase } from '../support/use-test-app';

// The exclusion constraint is the last word on overlapping meetings: when the code's own check misses one
// (it should not), the database refuses it and the client must still get 409 slot_unavailable, not a 500.
const file = useTestDatabase();

const NINE = new Date('2030-03-04T09:00:00Z');
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

function newBooking(fixture: { ownerId: string; linkId: string }, startsAt: Date, endsAt: Date): NewBooking {
  return {
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

    const refused = await failureOf(
      unitOfWork.run((tx) => tx.insertBooking(newBooking(fixture, minutes(NINE, 15), minutes(NINE, 45)))),
    );

    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'slot_unavailable' });
    const meetings = await unitOfWork.run((tx) =>
      tx.ownerMeetings(fixture.ownerId, { start: NINE.getTime(), end: minutes(NINE, 60).getTime() }),
    );
    expect(meetings).toHaveLength(1);
  });

  it('turns a move onto a confirmed meeting into slot_unavailable', async () => {
    await file.database.reset();
    const fixture = await insertBookingWithSideEffects(file.database.db, { start: NINE, minutes: 30 });
    const unitOfWork = createBookingUnitOfWork(file.database.db);
    const later = await unitOfWork.run((tx) =>
      tx.insertBooking(newBooking(fixture, minutes(NINE, 60), minutes(NINE, 90))),
    );

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

    const refused = await failureOf(unitOfWork.run((tx) => tx.insertBooking(backwards)));

    expect(refused).not.toBeInstanceOf(DomainError);
    expect(sqlStatesOf(refused)).toContain('23514');
  });
});
