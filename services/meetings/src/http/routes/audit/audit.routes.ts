import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, ownerProblems, ref } from '../../schemas/common';
import { AuditPageSchema, auditSchemas, ListAuditQuery } from './audit.schemas';

export const auditRoutes: FastifyPluginAsyncTypebox<Pick<Container['audit'], 'listAuditEntries'>> = async (
  app,
  audit,
) => {
  addSchemas(app, auditSchemas);
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
    async (request) => audit.listAuditEntries(request.owner.id, request.query),
  );
};
