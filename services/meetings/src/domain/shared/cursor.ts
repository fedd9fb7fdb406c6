import { DomainError } from './domain-error';

/** Position after the last row of a page: the row's sort instant (creation or start) and its id. */
export interface Cursor {
  at: Date;
  id: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The instants the API stores at all (years 1970–2199): a cursor outside them was not handed out. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

/** Opaque to clients; anything we did not hand out is a 400 `invalid_cursor` naming the query field. */
export function decodeCursor(value: string | undefined): Cursor | null {
  if (value === undefined) return null;
  const parsed = parseJson(Buffer.from(value, 'base64url').toString('utf8'));
  if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
    const at = new Date(parsed[0]);
    const time = at.getTime();
    if (time >= EARLIEST && time < LATEST && UUID.test(parsed[1])) return { at, id: parsed[1] };
  }
  throw new DomainError('invalid_cursor', 'The cursor is not one this API handed out.', [
    { path: 'query.cursor', message: 'is not a valid cursor' },
  ]);
}

/** Lists fetch one row more than asked: its presence says another page exists. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
