import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { ownerProblems, ref } from '../../schemas/common';
import { BookingPageSchema, ListBookingsQuery } from './bookings.schemas';

export const bookingsRoutes: FastifyPluginAsyncTypebox<{ container: Container }> = async (
  app,
  { container },
) => {
  app.get(
    '/bookings',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listBookings',
        tags: ['bookings'],
        summary: 'Your bookings across all links',
        security: [{ bearerAuth: [] }],
        querystring: ListBookingsQuery,
        response: { 200: ref(BookingPageSchema), ...ownerProblems },
      },
    },
    async (request) => container.listBookings(request.owner.id, request.query),
  );
};
