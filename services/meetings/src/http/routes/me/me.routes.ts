import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, ProblemSchema, ref } from '../../schemas/common';
import { ProfileSchema, ProfileUpdateSchema } from '../auth/auth.schemas';

/** A photo travels base64-encoded in JSON: room for a 256 kB image plus its encoding, and a clear 413 above. */
const PROFILE_BODY_LIMIT = 1_500_000;

export const meRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['profile'], 'getProfile' | 'updateProfile'>
> = async (app, profile) => {
  addSchemas(app, [ProfileSchema, ProfileUpdateSchema]);
  app.get(
    '/me',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The signed-in owner',
        security: [{ bearerAuth: [] }],
        response: { 200: ref(ProfileSchema), 401: ref(ProblemSchema) },
      },
    },
    async (request) => profile.getProfile(request.owner.id),
  );

  app.patch(
    '/me',
    {
      onRequest: app.authenticate,
      bodyLimit: PROFILE_BODY_LIMIT,
      schema: {
        operationId: 'updateMe',
        tags: ['auth'],
        summary: 'Change the owner’s name, time zone, language or photo (only the fields sent)',
        security: [{ bearerAuth: [] }],
        body: ref(ProfileUpdateSchema),
        response: {
          200: ref(ProfileSchema),
          400: ref(ProblemSchema),
          401: ref(ProblemSchema),
          413: ref(ProblemSchema),
          422: ref(ProblemSchema),
        },
      },
    },
    async (request) => profile.updateProfile(request.owner.id, request.body),
  );
};
