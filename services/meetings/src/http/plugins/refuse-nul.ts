import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type FieldError } from '../../domain/shared/domain-error';

/**
 * PostgreSQL text cannot hold U+0000 (it fails the whole statement), and no name, title or answer needs it.
 * Every string a client sends (body, query, path) is checked before validation, so it is one 400 naming the
 * field, never a database error.
 */
export const refuseNulPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const found = [
      ...findNul(request.params, 'params'),
      ...findNul(request.query, 'query'),
      ...findNul(request.body, ''),
    ];
    if (found.length > 0) {
      throw new DomainError(
        'validation_failed',
        'Text may not contain the NUL character (U+0000), and no value nests this deep.',
        found,
      );
    }
  });
});

/** No document of the API nests this deep; deeper input is refused before anything recurses over it. */
export const MAX_NESTING = 32;

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
