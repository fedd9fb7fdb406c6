import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/adapters/db/client';
import { bookingSideEffects, bookings } from '../../src/adapters/db/schema';
import type { SideEffectKind } from '../../src/ports/side-effects';

/**
 * What a reschedule or a cancellation commits, as the booking lifecycle use cases do: the booking changed, its
 * ICS sequence raised, and the change's side-effect rows under that new revision. Returns the row ids by kind.
 */
async function commitChange(
  db: Db,
  bookingId: string,
  set: Partial<typeof bookings.$inferInsert>,
  kinds: SideEffectKind[],
): Promise<{ revision: number; sideEffectIds: Record<string, string> }> {
  const [changed] = await db
    .update(bookings)
    .set({ ...set, icsSequence: sql`${bookings.icsSequence} + 1` })
    .where(eq(bookings.id, bookingId))
    .returning({ revision: bookings.icsSequence });
  if (!changed) throw new Error(`no booking ${bookingId}`);
  const sideEffectIds: Record<string, string> = {};
  for (const kind of kinds) {
    const [row] = await db
      .insert(bookingSideEffects)
      .values({ bookingId, kind, revision: changed.revision })
      .returning({ id: bookingSideEffects.id });
    if (row) sideEffectIds[kind] = row.id;
  }
  return { revision: changed.revision, sideEffectIds };
}

export function rescheduleBooking(db: Db, bookingId: string, start: Date, minutes = 30) {
  return commitChange(
    db,
    bookingId,
    { startsAt: start, endsAt: new Date(start.getTime() + minutes * 60_000), rescheduledAt: new Date() },
    ['update_event', 'send_change_notices'],
  );
}

export function cancelBooking(
  db: Db,
  bookingId: string,
  by: 'owner' | 'attendee',
  reason: string | null = null,
) {
  return commitChange(
    db,
    bookingId,
    { status: 'cancelled', cancelledAt: new Date(), cancelledBy: by, cancelReason: reason },
    ['cancel_event', 'send_change_notices'],
  );
}
