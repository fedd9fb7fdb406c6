import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, ownerProblems, ref } from '../../schemas/common';
import { BookingPageSchema, bookingsSchemas, ListBookingsQuery } from './bookings.schemas';

export const bookingsRoutes: FastifyPluginAsyncTypebox<Pick<Container['bookings'], 'listBookings'>> = async (
  app,
  bookings,
) => {
  addSchemas(app, bookingsSchemas);
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
    async (request) => bookings.listBookings(request.owner.id, request.query),
  );
};
