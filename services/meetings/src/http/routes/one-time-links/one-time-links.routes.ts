import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import {
  addSchemas,
  IdParams,
  ownerProblems,
  ProblemSchema,
  pageQueryProperties,
  paramWithVerb,
  ref,
} from '../../schemas/common';
import {
  CreatedOneTimeLinkSchema,
  CreateOneTimeLinkSchema,
  OneTimeIdParams,
  OneTimeLinkPageSchema,
  OneTimeLinkSchema,
  oneTimeLinksSchemas,
} from './one-time-links.schemas';

export const oneTimeLinksRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['oneTimeLinks'], 'createOneTimeLink' | 'listOneTimeLinks' | 'revokeOneTimeLink'>
> = async (app, oneTimeLinks) => {
  addSchemas(app, oneTimeLinksSchemas);
  app.post(
    '/links/:id/one-time',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'createOneTimeLink',
        tags: ['one-time links'],
        summary: 'Create a one-time link for one recipient, answering its URL',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: ref(CreateOneTimeLinkSchema),
        response: { 201: ref(CreatedOneTimeLinkSchema), ...ownerProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await oneTimeLinks.createOneTimeLink(request.owner.id, request.params.id, request.body)),
  );

  app.get(
    '/links/:id/one-time',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listOneTimeLinks',
        tags: ['one-time links'],
        summary: 'One-time links of a link, newest first, with their current status and URL',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        querystring: Type.Object(pageQueryProperties, { additionalProperties: false }),
        response: { 200: ref(OneTimeLinkPageSchema), ...ownerProblems },
      },
    },
    async (request) => oneTimeLinks.listOneTimeLinks(request.owner.id, request.params.id, request.query),
  );

  app.post(
    `/one-time/${paramWithVerb('oid', 'revoke')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'revokeOneTimeLink',
        tags: ['one-time links'],
        summary: 'Revoke a one-time link (409 when it has been booked)',
        security: [{ bearerAuth: [] }],
        params: OneTimeIdParams,
        response: { 200: ref(OneTimeLinkSchema), ...ownerProblems, 409: ref(ProblemSchema) },
      },
    },
    async (request) => oneTimeLinks.revokeOneTimeLink(request.owner.id, request.params.oid),
  );
};
