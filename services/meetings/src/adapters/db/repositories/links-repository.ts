import { and, eq, isNull, sql } from 'drizzle-orm';
import type { LinkSettings } from '../../../domain/links/link-settings';
import type { LinkRecord, LinksRepository } from '../../../ports/links';
import type { Db } from '../client';
import { bookingLinks } from '../schema';
import { afterCursor, pageOrder } from './paging';
import { preparedOnce } from './prepared';

/** The columns a LinkRecord is read from (toLinkRecord maps them). */
export const linkColumns = {
  id: bookingLinks.id,
  ownerId: bookingLinks.ownerId,
  templateId: bookingLinks.templateId,
  title: bookingLinks.title,
  description: bookingLinks.description,
  tokenSealed: bookingLinks.tokenSealed,
  isActive: bookingLinks.isActive,
  settings: bookingLinks.settings,
  minChangeNoticeMinutes: bookingLinks.minChangeNoticeMinutes,
  createdAt: bookingLinks.createdAt,
  updatedAt: bookingLinks.updatedAt,
};

type Row = Omit<LinkRecord, 'settings'> & { settings: unknown };
// Settings are validated whole before every write, so what comes back is a LinkSettings.
// Links saved before an option existed read it as its default.
export const toLinkRecord = (row: Row): LinkRecord => ({
  ...row,
  settings: { videoCall: false, ...(row.settings as Omit<LinkSettings, 'videoCall'>) },
});

/** The owner's link, unless deleted. */
export const ownedLink = (ownerId: string, id: string) =>
  and(eq(bookingLinks.ownerId, ownerId), eq(bookingLinks.id, id), isNull(bookingLinks.deletedAt));

export function createLinksRepository(db: Db): LinksRepository {
  const byTokenHash = preparedOnce(() =>
    db
      .select(linkColumns)
      .from(bookingLinks)
      .where(and(eq(bookingLinks.tokenHash, sql.placeholder('tokenHash')), isNull(bookingLinks.deletedAt)))
      .prepare('link_by_token_hash'),
  );
  return {
    async insert(link) {
      const [row] = await db.insert(bookingLinks).values(link).returning(linkColumns);
      if (!row) throw new Error('insert returned no row');
      return toLinkRecord(row);
    },

    async findOwned(ownerId, id) {
      const [row] = await db.select(linkColumns).from(bookingLinks).where(ownedLink(ownerId, id));
      return row ? toLinkRecord(row) : null;
    },

    async listOwned(ownerId, filter, page) {
      const rows = await db
        .select(linkColumns)
        .from(bookingLinks)
        .where(
          and(
            eq(bookingLinks.ownerId, ownerId),
            isNull(bookingLinks.deletedAt),
            filter.isActive === undefined ? undefined : eq(bookingLinks.isActive, filter.isActive),
            afterCursor(bookingLinks.createdAt, bookingLinks.id, page.after, 'desc'),
          ),
        )
        .orderBy(...pageOrder(bookingLinks.createdAt, bookingLinks.id, 'desc'))
        .limit(page.limit);
      return rows.map(toLinkRecord);
    },

    async update(ownerId, id, changes, at) {
      const [row] = await db
        .update(bookingLinks)
        .set({ ...changes, updatedAt: at })
        .where(ownedLink(ownerId, id))
        .returning(linkColumns);
      return row ? toLinkRecord(row) : null;
    },

    async softDelete(ownerId, id, at) {
      const rows = await db
        .update(bookingLinks)
        .set({ deletedAt: at, isActive: false, updatedAt: at })
        .where(ownedLink(ownerId, id))
        .returning({ id: bookingLinks.id });
      return rows.length > 0;
    },

    async findByTokenHash(tokenHash) {
      const [row] = await byTokenHash().execute({ tokenHash });
      return row ? toLinkRecord(row) : null;
    },
  };
}
