import { and, eq, gt, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { LinkSettings } from '../../../domain/links/link-settings';
import type {
  BookingsFilter,
  BookingsRepository,
  BookingView,
  ManagedBooking,
} from '../../../ports/bookings';
import type { Db } from '../client';
import { bookingLinks, bookings, oneTimeLinks, ownerAvatars, owners } from '../schema';
import { afterCursor, pageOrder } from './paging';
import { storedBookingColumns, toChangedBy, toStoredBooking } from './stored-booking';

const columns = {
  id: bookings.id,
  linkId: bookings.linkId,
  linkTitle: bookingLinks.title,
  oneTimeLinkId: bookings.oneTimeLinkId,
  status: bookings.status,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  recipientName: bookings.recipientName,
  recipientEmail: bookings.recipientEmail,
  recipientTimeZone: bookings.recipientTimeZone,
  answers: bookings.answers,
  calendarEventId: bookings.calendarEventId,
  conferenceUrl: bookings.conferenceUrl,
  createdAt: bookings.createdAt,
  cancelledAt: bookings.cancelledAt,
  cancelReason: bookings.cancelReason,
  cancelledBy: bookings.cancelledBy,
  rescheduledAt: bookings.rescheduledAt,
};

type Row = Omit<BookingView, 'status' | 'answers' | 'cancelledBy'> & {
  status: string;
  answers: unknown;
  cancelledBy: string | null;
};
const toView = (row: Row): BookingView => ({
  ...row,
  status: row.status === 'cancelled' ? 'cancelled' : 'confirmed',
  answers: (row.answers ?? {}) as Record<string, unknown>,
  cancelledBy: toChangedBy(row.cancelledBy),
});
type StoredSlot = { start: string; end: string };

/** `%`, `_` and the escape character itself match only themselves. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function searchCondition(search: string | undefined): SQL | undefined {
  if (!search) return undefined;
  const pattern = `%${escapeLikePattern(search)}%`;
  return or(
    sql`${bookings.recipientName} ILIKE ${pattern} ESCAPE '\\'`,
    sql`${bookings.recipientEmail} ILIKE ${pattern} ESCAPE '\\'`,
  );
}

function whenCondition(filter: BookingsFilter): SQL | undefined {
  if (filter.when === 'upcoming') return gt(bookings.endsAt, filter.now);
  if (filter.when === 'past') return lte(bookings.endsAt, filter.now);
  return undefined;
}

export function createBookingsRepository(db: Db): BookingsRepository {
  const repository: BookingsRepository = {
    async listOwned(ownerId, filter, page) {
      // Past bookings read latest first; everything else in the order it happens.
      const direction = filter.when === 'past' ? 'desc' : 'asc';
      const rows = await db
        .select(columns)
        .from(bookings)
        .innerJoin(bookingLinks, eq(bookingLinks.id, bookings.linkId))
        .where(
          and(
            eq(bookings.ownerId, ownerId),
            filter.linkId ? eq(bookings.linkId, filter.linkId) : undefined,
            filter.status ? eq(bookings.status, filter.status) : undefined,
            filter.from ? gt(bookings.endsAt, filter.from) : undefined,
            filter.to ? lt(bookings.startsAt, filter.to) : undefined,
            searchCondition(filter.search),
            whenCondition(filter),
            afterCursor(bookings.startsAt, bookings.id, page.after, direction),
          ),
        )
        .orderBy(...pageOrder(bookings.startsAt, bookings.id, direction))
        .limit(page.limit);
      return rows.map(toView);
    },

    async findOwned(ownerId, id) {
      const [row] = await db
        .select(columns)
        .from(bookings)
        .innerJoin(bookingLinks, eq(bookingLinks.id, bookings.linkId))
        .where(and(eq(bookings.ownerId, ownerId), eq(bookings.id, id)));
      return row ? toView(row) : null;
    },

    findByManageTokenHash: (tokenHash) => findManaged(eq(bookings.manageTokenHash, tokenHash)),
    findManagedOwned: (ownerId, id) => findManaged(and(eq(bookings.ownerId, ownerId), eq(bookings.id, id))),
  };
  return repository;

  async function findManaged(where: SQL | undefined): Promise<ManagedBooking | null> {
    const [row] = await db
      .select({
        booking: storedBookingColumns,
        link: {
          id: bookingLinks.id,
          title: bookingLinks.title,
          description: bookingLinks.description,
          settings: bookingLinks.settings,
          minChangeNoticeMinutes: bookingLinks.minChangeNoticeMinutes,
          isActive: bookingLinks.isActive,
          deletedAt: bookingLinks.deletedAt,
        },
        owner: { name: owners.name, email: owners.email },
        avatarDigest: ownerAvatars.digest,
        pickedSlots: oneTimeLinks.pickedSlots,
      })
      .from(bookings)
      .innerJoin(bookingLinks, eq(bookingLinks.id, bookings.linkId))
      .innerJoin(owners, eq(owners.id, bookings.ownerId))
      .leftJoin(ownerAvatars, eq(ownerAvatars.ownerId, owners.id))
      .leftJoin(oneTimeLinks, eq(oneTimeLinks.id, bookings.oneTimeLinkId))
      .where(where);
    if (!row) return null;
    const { deletedAt, isActive, settings, ...link } = row.link;
    return {
      booking: toStoredBooking(row.booking),
      link: {
        ...link,
        // Links saved before an option existed read it as its default (as the links repository does).
        settings: { videoCall: false, ...(settings as Omit<LinkSettings, 'videoCall'>) },
        isBookable: isActive && deletedAt === null,
      },
      owner: { ...row.owner, avatarDigest: row.avatarDigest },
      pickedSlots: Array.isArray(row.pickedSlots)
        ? (row.pickedSlots as StoredSlot[]).map((slot) => ({
            start: new Date(slot.start),
            end: new Date(slot.end),
          }))
        : null,
    };
  }
}
