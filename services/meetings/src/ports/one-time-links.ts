import type { StoredOneTimeStatus } from '../domain/one-time-links/one-time-link-status';
import type { PageRequest } from './pagination';

export interface PickedSlot {
  start: Date;
  end: Date;
}

export interface OneTimeLinkRecord {
  id: string;
  linkId: string;
  ownerId: string;
  recipientEmail: string;
  recipientName: string | null;
  expiresAt: Date;
  status: StoredOneTimeStatus;
  pickedSlots: PickedSlot[] | null;
  bookingId: string | null;
  createdAt: Date;
  /** The public token, sealed: the owner can copy the URL again. Null for links made before it was kept. */
  tokenSealed: string | null;
}

export type NewOneTimeLink = Omit<
  OneTimeLinkRecord,
  'id' | 'status' | 'bookingId' | 'createdAt' | 'tokenSealed'
> & {
  tokenHash: string;
  tokenSealed: string;
};

export interface OneTimeLinksRepository {
  insert(link: NewOneTimeLink): Promise<OneTimeLinkRecord>;
  findOwned(ownerId: string, id: string): Promise<OneTimeLinkRecord | null>;
  /** Newest first; only one-time links of live links. */
  listForLink(ownerId: string, linkId: string, page: PageRequest): Promise<OneTimeLinkRecord[]>;
  /** Sets status `revoked` when it is `active` (expired or not); null when it was not. */
  markRevoked(ownerId: string, id: string): Promise<OneTimeLinkRecord | null>;
  /** The one-time link a public token opens, whatever its status; null when unknown or its link is deleted. */
  findByTokenHash(tokenHash: string): Promise<OneTimeLinkRecord | null>;
}
