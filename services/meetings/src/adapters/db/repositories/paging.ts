import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import type { Cursor } from '../../../domain/shared/cursor';

// Cursors carry JavaScript instants (milliseconds) while timestamptz keeps microseconds: order and compare
// on the millisecond so a row can never fall between two pages.
const toMillisecond = (column: AnyColumn): SQL => sql`date_trunc('milliseconds', ${column})`;

export function pageOrder(at: AnyColumn, id: AnyColumn, direction: 'asc' | 'desc'): SQL[] {
  const by = direction === 'asc' ? asc : desc;
  return [by(toMillisecond(at)), by(id)];
}

export function afterCursor(
  at: AnyColumn,
  id: AnyColumn,
  cursor: Cursor | null,
  direction: 'asc' | 'desc',
): SQL | undefined {
  if (!cursor) return undefined;
  const comparison = direction === 'asc' ? sql.raw('>') : sql.raw('<');
  return sql`(${toMillisecond(at)}, ${id}) ${comparison} (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
}
