import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import type { Container } from '../../../container';
import { addSchemas, ref } from '../../schemas/common';

const HealthSchema = Type.Object(
  {
    status: Type.Enum(['ok', 'unavailable']),
    database: Type.Object({ status: Type.Enum(['up', 'down']), driver: Type.Enum(['postgres', 'pglite']) }),
  },
  { $id: 'Health', additionalProperties: false },
);

export const healthSchemas = [HealthSchema];

export const healthRoutes: FastifyPluginAsyncTypebox<Pick<Container['health'], 'checkHealth'>> = async (
  app,
  { checkHealth },
) => {
  addSchemas(app, healthSchemas);
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness and database status',
        response: { 200: ref(HealthSchema), 503: ref(HealthSchema) },
      },
    },
    async (_request, reply) => {
      const report = await checkHealth();
      return reply.code(report.status === 'ok' ? 200 : 503).send(report);
    },
  );
};

export type HealthReport = Static<typeof HealthSchema>;
