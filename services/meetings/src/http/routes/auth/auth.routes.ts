import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Container } from '../../../container';
import { addSchemas, ProblemSchema, ref } from '../../schemas/common';
import {
  authSchemas,
  SessionSchema,
  SignInLinkSentSchema,
  SignInRequestSchema,
  VerifySignInSchema,
} from './auth.schemas';

export const authRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['auth'], 'requestSignInLink' | 'verifySignIn'> & {
    limits: Pick<Container['publicBooking']['limits'], 'signInPerIpPerMinute'>;
  }
> = async (app, auth) => {
  addSchemas(app, authSchemas);
  app.post(
    '/auth/magic-link',
    {
      schema: {
        operationId: 'requestSignInLink',
        tags: ['auth'],
        summary: 'Email a single-use sign-in link (valid 15 minutes)',
        body: ref(SignInRequestSchema),
        response: { 202: ref(SignInLinkSentSchema), 400: ref(ProblemSchema), 429: ref(ProblemSchema) },
      },
      config: { rateLimit: { max: auth.limits.signInPerIpPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => reply.code(202).send(await auth.requestSignInLink(request.body.email)),
  );

  app.post(
    '/auth/verify',
    {
      schema: {
        operationId: 'verifySignIn',
        tags: ['auth'],
        summary: 'Exchange a sign-in link token for an access token',
        body: ref(VerifySignInSchema),
        response: {
          200: ref(SessionSchema),
          400: ref(ProblemSchema),
          401: ref(ProblemSchema),
          429: ref(ProblemSchema),
        },
      },
      config: { rateLimit: { max: auth.limits.signInPerIpPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => auth.verifySignIn(request.body.token, request.body.timeZone),
  );
};
