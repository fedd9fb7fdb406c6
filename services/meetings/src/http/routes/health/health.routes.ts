import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';

const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    database: Type.Object({
      status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
      driver: Type.Union([Type.Literal('postgres'), Type.Literal('pglite')]),
    }),
  },
  { $id: 'Health', additionalProperties: false },
);

export const healthSchemas = [HealthSchema];

export const healthRoutes: FastifyPluginAsyncTypebox<{ checkHealth: () => Promise<HealthReport> }> = async (
  app,
  { checkHealth },
) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness and database status',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const report = await checkHealth();
      return reply.code(report.status === 'ok' ? 200 : 503).send(report);
    },
  );
};

export type HealthReport = Static<typeof HealthSchema>;
