import type { Cursor } from '../domain/shared/cursor';

/** Rows after `after` in the list's order; repositories return up to `limit` rows. */
export interface PageRequest {
  after: Cursor | null;
  limit: number;
}
