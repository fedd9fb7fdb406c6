import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addSchemas, ProblemSchema, ref } from '../../schemas/common';
import { OwnerSchema } from '../auth/auth.schemas';

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  addSchemas(app, [OwnerSchema]);
  app.get(
    '/me',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The signed-in owner',
        security: [{ bearerAuth: [] }],
        response: { 200: ref(OwnerSchema), 401: ref(ProblemSchema) },
      },
    },
    async (request) => request.owner,
  );
};
