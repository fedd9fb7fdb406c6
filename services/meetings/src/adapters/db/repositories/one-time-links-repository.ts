import { and, eq, isNull } from 'drizzle-orm';
import type { StoredOneTimeStatus } from '../../../domain/one-time-links/one-time-link-status';
import type { OneTimeLinkRecord, OneTimeLinksRepository, PickedSlot } from '../../../ports/one-time-links';
import type { Db } from '../client';
import { bookingLinks, oneTimeLinks } from '../schema';
import { afterCursor, pageOrder } from './paging';

const columns = {
  id: oneTimeLinks.id,
  linkId: oneTimeLinks.linkId,
  ownerId: oneTimeLinks.ownerId,
  recipientEmail: oneTimeLinks.recipientEmail,
  recipientName: oneTimeLinks.recipientName,
  expiresAt: oneTimeLinks.expiresAt,
  status: oneTimeLinks.status,
  pickedSlots: oneTimeLinks.pickedSlots,
  bookingId: oneTimeLinks.bookingId,
  createdAt: oneTimeLinks.createdAt,
  tokenSealed: oneTimeLinks.tokenSealed,
};

type Row = Omit<OneTimeLinkRecord, 'status' | 'pickedSlots'> & { status: string; pickedSlots: unknown };
type StoredSlot = { start: string; end: string };

const toRecord = (row: Row): OneTimeLinkRecord => ({
  ...row,
  status: row.status as StoredOneTimeStatus,
  pickedSlots: Array.isArray(row.pickedSlots)
    ? (row.pickedSlots as StoredSlot[]).map((slot) => ({
        start: new Date(slot.start),
        end: new Date(slot.end),
      }))
    : null,
});

const toStored = (slots: PickedSlot[] | null): StoredSlot[] | null =>
  slots?.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) ?? null;

/** One-time links of deleted links are gone for the owner too. */
const liveLink = and(eq(bookingLinks.id, oneTimeLinks.linkId), isNull(bookingLinks.deletedAt));

export function createOneTimeLinksRepository(db: Db): OneTimeLinksRepository {
  return {
    async insert(link) {
      const [row] = await db
        .insert(oneTimeLinks)
        .values({ ...link, pickedSlots: toStored(link.pickedSlots) })
        .returning(columns);
      if (!row) throw new Error('insert returned no row');
      return toRecord(row);
    },

    async findByTokenHash(tokenHash) {
      const [row] = await db
        .select(columns)
        .from(oneTimeLinks)
        .innerJoin(bookingLinks, liveLink)
        .where(eq(oneTimeLinks.tokenHash, tokenHash));
      return row ? toRecord(row) : null;
    },

    async findOwned(ownerId, id) {
      const [row] = await db
        .select(columns)
        .from(oneTimeLinks)
        .innerJoin(bookingLinks, liveLink)
        .where(and(eq(oneTimeLinks.ownerId, ownerId), eq(oneTimeLinks.id, id)));
      return row ? toRecord(row) : null;
    },

    async listForLink(ownerId, linkId, page) {
      const rows = await db
        .select(columns)
        .from(oneTimeLinks)
        .innerJoin(bookingLinks, liveLink)
        .where(
          and(
            eq(oneTimeLinks.ownerId, ownerId),
            eq(oneTimeLinks.linkId, linkId),
            afterCursor(oneTimeLinks.createdAt, oneTimeLinks.id, page.after, 'desc'),
          ),
        )
        .orderBy(...pageOrder(oneTimeLinks.createdAt, oneTimeLinks.id, 'desc'))
        .limit(page.limit);
      return rows.map(toRecord);
    },

    async markRevoked(ownerId, id) {
      const [row] = await db
        .update(oneTimeLinks)
        .set({ status: 'revoked' })
        .where(
          and(eq(oneTimeLinks.ownerId, ownerId), eq(oneTimeLinks.id, id), eq(oneTimeLinks.status, 'active')),
        )
        .returning(columns);
      return row ? toRecord(row) : null;
    },
  };
}
