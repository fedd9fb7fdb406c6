import type { AuditRepository } from '../../ports/audit';
import { mapPage, type PageQuery, readPage } from '../shared/page-request';

export interface ListAuditQuery extends PageQuery {
  targetId?: string | undefined;
}

export function makeListAuditEntries(deps: { audit: Pick<AuditRepository, 'listOwned'> }) {
  return async function listAuditEntries(ownerId: string, query: ListAuditQuery) {
    const page = await readPage(
      query,
      (request) => deps.audit.listOwned(ownerId, { targetId: query.targetId }, request),
      (entry) => ({ at: entry.occurredAt, id: entry.id }),
    );
    return mapPage(page, (entry) => ({
      id: entry.id,
      actor: entry.actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      summary: entry.summary,
      occurredAt: entry.occurredAt.toISOString(),
    }));
  };
}
