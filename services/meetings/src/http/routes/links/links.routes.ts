import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import { addSchemas, IdParams, ownerProblems, paramWithVerb, ref } from '../../schemas/common';
import {
  CreateLinkSchema,
  LinkPageSchema,
  LinkSchema,
  ListLinksQuery,
  linksSchemas,
  UpdateLinkSchema,
} from './links.schemas';

export const linksRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['links'],
    'createLink' | 'deleteLink' | 'duplicateLink' | 'getLink' | 'listLinks' | 'toggleLink' | 'updateLink'
  >
> = async (app, links) => {
  addSchemas(app, linksSchemas);
  app.post(
    '/links',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'createLink',
        tags: ['links'],
        summary: 'Create an evergreen booking link',
        security: [{ bearerAuth: [] }],
        body: ref(CreateLinkSchema),
        response: { 201: ref(LinkSchema), ...ownerProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await links.createLink(request.owner, request.body)),
  );

  app.get(
    '/links',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listLinks',
        tags: ['links'],
        summary: 'List your links, newest first',
        security: [{ bearerAuth: [] }],
        querystring: ListLinksQuery,
        response: { 200: ref(LinkPageSchema), ...ownerProblems },
      },
    },
    async (request) => links.listLinks(request.owner.id, request.query),
  );

  app.get(
    '/links/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getLink',
        tags: ['links'],
        summary: 'One of your links, with its public URL',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 200: ref(LinkSchema), ...ownerProblems },
      },
    },
    async (request) => links.getLink(request.owner.id, request.params.id),
  );

  app.patch(
    '/links/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'updateLink',
        tags: ['links'],
        summary: 'Change title, description, template or settings (settings are merged)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: ref(UpdateLinkSchema),
        response: { 200: ref(LinkSchema), ...ownerProblems },
      },
    },
    async (request) => links.updateLink(request.owner.id, request.params.id, request.body),
  );

  app.post(
    `/links/${paramWithVerb('id', 'duplicate')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'duplicateLink',
        tags: ['links'],
        summary: 'Copy a link (settings, template, state) under a new token, titled "… (copy)"',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 201: ref(LinkSchema), ...ownerProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await links.duplicateLink(request.owner.id, request.params.id)),
  );

  app.post(
    `/links/${paramWithVerb('id', 'toggle')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'toggleLink',
        tags: ['links'],
        summary: 'Enable or disable a link; a disabled link’s public page answers 410 at once',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 200: ref(LinkSchema), ...ownerProblems },
      },
    },
    async (request) => links.toggleLink(request.owner.id, request.params.id),
  );

  app.delete(
    '/links/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'deleteLink',
        tags: ['links'],
        summary: 'Delete a link (soft: its bookings stay)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...ownerProblems },
      },
    },
    async (request, reply) => {
      await links.deleteLink(request.owner.id, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
