import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, IdParams, ownerProblems, ref } from '../../schemas/common';
import { AnalyticsQuery, analyticsSchemas, LinkAnalyticsSchema } from './analytics.schemas';

export const analyticsRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['analytics'], 'getLinkAnalytics'>
> = async (app, analytics) => {
  addSchemas(app, analyticsSchemas);
  app.get(
    '/links/:id/analytics',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getLinkAnalytics',
        tags: ['analytics'],
        summary: 'Views, bookings and conversion of a link, per local day of its time zone',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        querystring: AnalyticsQuery,
        response: { 200: ref(LinkAnalyticsSchema), ...ownerProblems },
      },
    },
    async (request) => analytics.getLinkAnalytics(request.owner.id, request.params.id, request.query),
  );
};
