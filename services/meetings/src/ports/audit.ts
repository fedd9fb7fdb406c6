import type { PageRequest } from './pagination';

export type AuditTargetType = 'link' | 'template' | 'one_time_link' | 'booking';

export interface NewAuditEntry {
  ownerId: string;
  /** `owner:<id>` or `public:<sha-256 of the ip>` */
  actor: string;
  /** `<target>.<verb>`, e.g. `link.created` */
  action: string;
  targetType: AuditTargetType;
  targetId: string;
  summary: string;
  occurredAt: Date;
}

export interface AuditEntry extends NewAuditEntry {
  id: string;
}

export interface AuditRepository {
  record(entry: NewAuditEntry): Promise<void>;
  /** Newest first. */
  listOwned(
    ownerId: string,
    filter: { targetId?: string | undefined },
    page: PageRequest,
  ): Promise<AuditEntry[]>;
}

export const ownerActor = (ownerId: string): string => `owner:${ownerId}`;
