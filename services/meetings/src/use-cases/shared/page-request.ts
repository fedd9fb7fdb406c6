import { DEFAULT_PAGE_SIZE, decodeCursor, type Page, toPage } from '../../domain/shared/cursor';
import type { PageRequest } from '../../ports/pagination';

export interface PageQuery {
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Asks the repository for one row more than the page holds, to know whether another page follows. */
export async function readPage<T>(
  query: PageQuery,
  fetch: (page: PageRequest) => Promise<T[]>,
  cursorOf: (row: T) => { at: Date; id: string },
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await fetch({ after: decodeCursor(query.cursor), limit: limit + 1 });
  return toPage(rows, limit, cursorOf);
}

export function mapPage<T, U>(page: Page<T>, present: (item: T) => U): Page<U> {
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}
