import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type FieldError } from '../../domain/shared/domain-error';

/**
 * PostgreSQL text cannot hold U+0000 (it fails the whole statement), and no name, title or answer needs it.
 * Every string a client sends (body, query, path) is checked before validation, so it is one 400 naming the
 * field, never a database error.
 */
export const refuseNulPlugin = fp(async (app: FastifyInstance) => {
  // A callback hook with a first pass that builds no paths or lists: every request runs it, and almost none has
  // anything to report. Only one that does is walked again to name each field.
  app.addHook('preValidation', (request, _reply, done) => {
    const { params, query, body } = request;
    if (!needsRefusal(params, 0) && !needsRefusal(query, 0) && !needsRefusal(body, 0)) return done();
    const found = [...findNul(params, 'params'), ...findNul(query, 'query'), ...findNul(body, '')];
    done(
      new DomainError(
        'validation_failed',
        'Text may not contain the NUL character (U+0000), and no value nests this deep.',
        found,
      ),
    );
  });
});

/** No document of the API nests this deep; deeper input is refused before anything recurses over it. */
export const MAX_NESTING = 32;

/** Whether `value` holds a NUL anywhere (keys too) or nests MAX_NESTING deep: what `findNul` would report. */
function needsRefusal(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object') return false;
  // Recursion is bounded here: past MAX_NESTING levels the answer is already known.
  if (depth >= MAX_NESTING) return true;
  if (Array.isArray(value)) return value.some((item) => needsRefusal(item, depth + 1));
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || needsRefusal(item, depth + 1)) return true;
  }
  return false;
}

// A loop over an explicit stack, not recursion: a body of thousands of nested arrays must not overflow the stack.
function findNul(root: unknown, rootPath: string): FieldError[] {
  const found: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: rootPath, depth: 0 },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push({ path: path || 'body', message: 'must not contain U+0000' });
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_NESTING) {
        found.push({ path: path || 'body', message: `must not nest deeper than ${MAX_NESTING} levels` });
        continue;
      }
      const entries = Array.isArray(value)
        ? value.map((item, index) => [`${path}[${index}]`, item] as const)
        : Object.entries(value).map(([key, item]) => {
            if (key.includes('\u0000'))
              found.push({ path: path || 'body', message: 'must not contain U+0000 in a key' });
            return [path ? `${path}.${key}` : key, item] as const;
          });
      for (const [itemPath, item] of entries.reverse())
        pending.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return found;
}
