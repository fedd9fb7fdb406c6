import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { ownerProblems, ref } from '../../schemas/common';
import { AuditPageSchema, ListAuditQuery } from './audit.schemas';

export const auditRoutes: FastifyPluginAsyncTypebox<{ container: Container }> = async (
  app,
  { container },
) => {
  app.get(
    '/audit',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Your audit log, newest first',
        security: [{ bearerAuth: [] }],
        querystring: ListAuditQuery,
        response: { 200: ref(AuditPageSchema), ...ownerProblems },
      },
    },
    async (request) => container.listAuditEntries(request.owner.id, request.query),
  );
};
