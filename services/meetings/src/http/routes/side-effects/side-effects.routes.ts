import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import { SIDE_EFFECT_KINDS } from '../../../ports/side-effects';
import {
  addSchemas,
  IdParams,
  ownerProblems,
  ProblemSchema,
  paramWithVerb,
  ref,
  Uuid,
} from '../../schemas/common';

const SideEffectParams = Type.Object({
  id: Uuid('The booking'),
  sideEffectId: Uuid('One of its side effects'),
});

export const SideEffectSchema = Type.Object(
  {
    id: Uuid('The side effect, for retrying it'),
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
  Pick<Container['bookings'], 'listBookingSideEffects' | 'retrySideEffect'>
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
  app.post(
    `/bookings/:id/side-effects/${paramWithVerb('sideEffectId', 'retry')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'retryBookingSideEffect',
        tags: ['bookings'],
        security: [{ bearerAuth: [] }],
        summary: 'Try a side effect that gave up (dead) again, with a fresh retry schedule, starting now',
        description:
          'Only a dead side effect can be retried: a pending or done one answers 409 side_effect_not_dead.',
        params: SideEffectParams,
        response: { 200: ref(SideEffectSchema), ...ownerProblems },
      },
    },
    async (request) =>
      bookings.retrySideEffect(request.owner.id, request.params.id, request.params.sideEffectId),
  );
};
