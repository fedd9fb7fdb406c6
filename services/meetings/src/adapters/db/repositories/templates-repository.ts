import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Question } from '../../../domain/templates/questions';
import type { TemplateRecord, TemplatesRepository } from '../../../ports/templates';
import type { Db } from '../client';
import { bookingLinks, bookingTemplates } from '../schema';
import { afterCursor, pageOrder } from './paging';

const columns = {
  id: bookingTemplates.id,
  ownerId: bookingTemplates.ownerId,
  name: bookingTemplates.name,
  description: bookingTemplates.description,
  questions: bookingTemplates.questions,
  emailFollowupEnabled: bookingTemplates.emailFollowupEnabled,
  createdAt: bookingTemplates.createdAt,
  updatedAt: bookingTemplates.updatedAt,
};

type Row = Omit<TemplateRecord, 'questions'> & { questions: unknown };
// Questions are validated before every write.
const toRecord = (row: Row): TemplateRecord => ({ ...row, questions: row.questions as Question[] });

const owned = (ownerId: string, id: string) =>
  and(eq(bookingTemplates.ownerId, ownerId), eq(bookingTemplates.id, id));

export function createTemplatesRepository(db: Db): TemplatesRepository {
  return {
    async insert(template) {
      const [row] = await db.insert(bookingTemplates).values(template).returning(columns);
      if (!row) throw new Error('insert returned no row');
      return toRecord(row);
    },

    async findOwned(ownerId, id) {
      const [row] = await db.select(columns).from(bookingTemplates).where(owned(ownerId, id));
      return row ? toRecord(row) : null;
    },

    async listOwned(ownerId, page) {
      const rows = await db
        .select(columns)
        .from(bookingTemplates)
        .where(
          and(
            eq(bookingTemplates.ownerId, ownerId),
            afterCursor(bookingTemplates.createdAt, bookingTemplates.id, page.after, 'desc'),
          ),
        )
        .orderBy(...pageOrder(bookingTemplates.createdAt, bookingTemplates.id, 'desc'))
        .limit(page.limit);
      return rows.map(toRecord);
    },

    async update(ownerId, id, changes, at) {
      const [row] = await db
        .update(bookingTemplates)
        .set({ ...changes, updatedAt: at })
        .where(owned(ownerId, id))
        .returning(columns);
      return row ? toRecord(row) : null;
    },

    async isInUse(ownerId, id) {
      const rows = await db
        .select({ id: bookingLinks.id })
        .from(bookingLinks)
        .where(
          and(
            eq(bookingLinks.ownerId, ownerId),
            eq(bookingLinks.templateId, id),
            isNull(bookingLinks.deletedAt),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },

    async delete(ownerId, id) {
      await db
        .update(bookingLinks)
        .set({ templateId: null })
        .where(
          and(
            eq(bookingLinks.ownerId, ownerId),
            eq(bookingLinks.templateId, id),
            isNotNull(bookingLinks.deletedAt),
          ),
        );
      const rows = await db
        .delete(bookingTemplates)
        .where(owned(ownerId, id))
        .returning({ id: bookingTemplates.id });
      return rows.length > 0;
    },
  };
}
