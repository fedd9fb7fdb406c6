import { and, eq } from 'drizzle-orm';
import type { AuditEntry, AuditRepository, AuditTargetType } from '../../../ports/audit';
import type { Db } from '../client';
import { auditLog } from '../schema';
import { afterCursor, pageOrder } from './paging';

const columns = {
  id: auditLog.id,
  ownerId: auditLog.ownerId,
  actor: auditLog.actor,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  summary: auditLog.summary,
  occurredAt: auditLog.occurredAt,
};

export function createAuditRepository(db: Db): AuditRepository {
  return {
    async record(entry) {
      await db.insert(auditLog).values(entry);
    },

    async listOwned(ownerId, filter, page) {
      const rows = await db
        .select(columns)
        .from(auditLog)
        .where(
          and(
            eq(auditLog.ownerId, ownerId),
            filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
            afterCursor(auditLog.occurredAt, auditLog.id, page.after, 'desc'),
          ),
        )
        .orderBy(...pageOrder(auditLog.occurredAt, auditLog.id, 'desc'))
        .limit(page.limit);
      return rows.map((row): AuditEntry => ({ ...row, targetType: row.targetType as AuditTargetType }));
    },
  };
}
