import { bookings } from '../../src/adapters/db/schema';
import type { TestDatabase } from '../support/test-database';

export interface BookingOverrides {
  ownerId: string;
  linkId: string;
  start: string;
  end: string;
  status?: 'confirmed' | 'cancelled';
  recipientName?: string;
  recipientEmail?: string;
  answers?: Record<string, unknown>;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  calendarEventId?: string | null;
}

/** A booking row as the public flow will write it; the owner API only reads bookings. */
export async function insertBooking(database: TestDatabase, overrides: BookingOverrides): Promise<string> {
  const [row] = await database.db
    .insert(bookings)
    .values({
      ownerId: overrides.ownerId,
      linkId: overrides.linkId,
      startsAt: new Date(overrides.start),
      endsAt: new Date(overrides.end),
      status: overrides.status ?? 'confirmed',
      recipientName: overrides.recipientName ?? 'Rita Recipient',
      recipientEmail: overrides.recipientEmail ?? 'rita@example.com',
      recipientTimeZone: 'Europe/Berlin',
      answers: overrides.answers ?? { topic: 'Pricing' },
      bufferBeforeMinutes: overrides.bufferBeforeMinutes ?? 0,
      bufferAfterMinutes: overrides.bufferAfterMinutes ?? 0,
      calendarEventId: overrides.calendarEventId ?? null,
    })
    .returning({ id: bookings.id });
  if (!row) throw new Error('booking insert returned no row');
  return row.id;
}
