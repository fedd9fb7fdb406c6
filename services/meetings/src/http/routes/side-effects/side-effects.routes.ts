import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import { SIDE_EFFECT_KINDS } from '../../../ports/side-effects';
import { addSchemas, IdParams, ownerProblems, ref, Uuid } from '../../schemas/common';

export const SideEffectSchema = Type.Object(
  {
    id: Uuid(),
    kind: Type.Enum([...SIDE_EFFECT_KINDS], {
      description: 'update_event, cancel_event and send_change_notices follow a reschedule or a cancellation',
    }),
    revision: Type.Integer({
      minimum: 0,
      description:
        'The booking’s version the effect belongs to: 0 for the booking, then +1 per reschedule or cancel',
    }),
    status: Type.Enum(['pending', 'done', 'dead'], { description: 'dead: gave up after the last retry' }),
    attempts: Type.Integer(),
    lastError: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'BookingSideEffect', additionalProperties: false },
);

export const SideEffectListSchema = Type.Object(
  { items: Type.Array(ref(SideEffectSchema)) },
  { $id: 'BookingSideEffectList', additionalProperties: false },
);

export const sideEffectSchemas = [SideEffectSchema, SideEffectListSchema];

export const sideEffectsRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['bookings'], 'listBookingSideEffects'>
> = async (app, bookings) => {
  addSchemas(app, sideEffectSchemas);
  app.get(
    '/bookings/:id/side-effects',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listBookingSideEffects',
        tags: ['bookings'],
        security: [{ bearerAuth: [] }],
        summary: "What followed a booking: calendar event, emails, contact, follow-up, and each one's state",
        params: IdParams,
        response: { 200: ref(SideEffectListSchema), ...ownerProblems },
      },
    },
    async (request) => bookings.listBookingSideEffects(request.owner.id, request.params.id),
  );
};
