import type { LinkSettings } from '../domain/links/link-settings';
import type { PageRequest } from './pagination';

export interface LinkRecord {
  id: string;
  ownerId: string;
  templateId: string | null;
  title: string;
  description: string;
  /** The public token, sealed: only the owner's views unseal it to show the URL. */
  tokenSealed: string;
  isActive: boolean;
  settings: LinkSettings;
  /** Closer than this to a meeting's start, its attendee can no longer cancel or move it (the owner can). */
  minChangeNoticeMinutes: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewLink {
  ownerId: string;
  templateId: string | null;
  title: string;
  description: string;
  tokenHash: string;
  tokenSealed: string;
  isActive: boolean;
  settings: LinkSettings;
  minChangeNoticeMinutes?: number | undefined;
}

export type LinkChanges = Partial<
  Pick<
    LinkRecord,
    'title' | 'description' | 'templateId' | 'settings' | 'isActive' | 'minChangeNoticeMinutes'
  >
>;

/** Every method scopes by owner; soft-deleted links are invisible to all of them. */
export interface LinksRepository {
  insert(link: NewLink): Promise<LinkRecord>;
  findOwned(ownerId: string, id: string): Promise<LinkRecord | null>;
  /** Newest first. */
  listOwned(
    ownerId: string,
    filter: { isActive?: boolean | undefined },
    page: PageRequest,
  ): Promise<LinkRecord[]>;
  update(ownerId: string, id: string, changes: LinkChanges, at: Date): Promise<LinkRecord | null>;
  softDelete(ownerId: string, id: string, at: Date): Promise<boolean>;
  /** The live link a public token opens (active or not), for the public flow. */
  findByTokenHash(tokenHash: string): Promise<LinkRecord | null>;
}
