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
      throw new DomainError('validation_failed', 'Text may not contain the NUL character (U+0000).', found);
    }
  });
});

function findNul(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ path: path || 'body', message: 'must not contain U+0000' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findNul(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000')
        ? [{ path: path || 'body', message: 'must not contain U+0000 in a key' }]
        : []),
      ...findNul(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}
