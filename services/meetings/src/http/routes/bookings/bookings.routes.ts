import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, IdParams, ownerProblems, ProblemSchema, paramWithVerb, ref } from '../../schemas/common';
import { SlotSchema } from '../one-time-links/one-time-links.schemas';
import { AvailabilityQuery, AvailabilitySchema } from '../public/public.schemas';
import { SideEffectSchema } from '../side-effects/side-effects.routes';
import {
  BookingDetailSchema,
  BookingPageSchema,
  BookingSchema,
  bookingsSchemas,
  CancelBookingSchema,
  ListBookingsQuery,
  RescheduleBookingSchema,
} from './bookings.schemas';

export const bookingsRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['bookings'],
    'listBookings' | 'getBooking' | 'cancelOwnBooking' | 'rescheduleOwnBooking' | 'listOwnRescheduleSlots'
  >
> = async (app, bookings) => {
  addSchemas(app, [SideEffectSchema, SlotSchema, AvailabilitySchema, ...bookingsSchemas]);
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

  app.get(
    '/bookings/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getBooking',
        tags: ['bookings'],
        summary: 'One of your bookings, with the state of what followed it (another owner’s booking: 404)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 200: ref(BookingDetailSchema), ...ownerProblems },
      },
    },
    async (request) => bookings.getBooking(request.owner.id, request.params.id),
  );

  app.get(
    '/bookings/:id/availability',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getBookingRescheduleSlots',
        tags: ['bookings'],
        summary:
          'The free slots its booking page offers to move this booking to (its own time counts as free); you may also pick any free time',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        querystring: AvailabilityQuery,
        response: {
          200: ref(AvailabilitySchema),
          422: ref(ProblemSchema),
          503: ref(ProblemSchema),
          ...ownerProblems,
        },
      },
    },
    async (request) =>
      bookings.listOwnRescheduleSlots(request.owner.id, request.params.id, {
        from: new Date(request.query.from),
        to: new Date(request.query.to),
        duration: request.query.duration,
        timeZone: request.query.timezone,
      }),
  );

  app.post(
    `/bookings/${paramWithVerb('id', 'cancel')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'cancelBooking',
        tags: ['bookings'],
        summary:
          'Cancel one of your bookings: frees its time at once, removes the calendar event, tells both sides. Cancelling a cancelled booking answers it unchanged.',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: ref(CancelBookingSchema),
        response: { 200: ref(BookingSchema), ...ownerProblems },
      },
    },
    async (request) => bookings.cancelOwnBooking(request.owner.id, request.params.id, request.body),
  );

  app.post(
    `/bookings/${paramWithVerb('id', 'reschedule')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'rescheduleBooking',
        tags: ['bookings'],
        summary:
          'Move one of your bookings (same id): anywhere not busy and not taken by another meeting; the event and both sides follow',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: ref(RescheduleBookingSchema),
        response: {
          200: ref(BookingSchema),
          422: ref(ProblemSchema),
          503: ref(ProblemSchema),
          ...ownerProblems,
        },
      },
    },
    async (request) =>
      bookings.rescheduleOwnBooking(request.owner.id, request.params.id, {
        start: new Date(request.body.start),
        duration: request.body.duration,
      }),
  );
};
