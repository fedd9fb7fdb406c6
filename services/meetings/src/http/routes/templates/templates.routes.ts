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
  CreateTemplateSchema,
  LibraryKeyParams,
  TemplateLibrarySchema,
  TemplatePageSchema,
  TemplateSchema,
  templatesSchemas,
  UpdateTemplateSchema,
} from './templates.schemas';

export const templatesRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['templates'],
    | 'createTemplate'
    | 'deleteTemplate'
    | 'getTemplate'
    | 'listTemplateLibrary'
    | 'listTemplates'
    | 'updateTemplate'
    | 'useLibraryTemplate'
  >
> = async (app, templates) => {
  addSchemas(app, templatesSchemas);
  app.post(
    '/templates',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'createTemplate',
        tags: ['templates'],
        summary: 'Create a booking template (questions, follow-up email)',
        security: [{ bearerAuth: [] }],
        body: ref(CreateTemplateSchema),
        response: { 201: ref(TemplateSchema), ...ownerProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await templates.createTemplate(request.owner.id, request.body)),
  );

  app.get(
    '/templates',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listTemplates',
        tags: ['templates'],
        summary: 'List your templates, newest first',
        security: [{ bearerAuth: [] }],
        querystring: Type.Object(pageQueryProperties, { additionalProperties: false }),
        response: { 200: ref(TemplatePageSchema), ...ownerProblems },
      },
    },
    async (request) => templates.listTemplates(request.owner.id, request.query),
  );

  app.get(
    '/templates/library',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listTemplateLibrary',
        tags: ['templates'],
        summary: 'Built-in starter templates',
        security: [{ bearerAuth: [] }],
        response: { 200: ref(TemplateLibrarySchema), 401: ref(ProblemSchema) },
      },
    },
    async () => templates.listTemplateLibrary(),
  );

  app.post(
    `/templates/library/${paramWithVerb('key', 'use')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'useLibraryTemplate',
        tags: ['templates'],
        summary: 'Copy a starter template into your templates',
        security: [{ bearerAuth: [] }],
        params: LibraryKeyParams,
        response: { 201: ref(TemplateSchema), ...ownerProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await templates.useLibraryTemplate(request.owner.id, request.params.key)),
  );

  app.get(
    '/templates/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getTemplate',
        tags: ['templates'],
        summary: 'One of your templates',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 200: ref(TemplateSchema), ...ownerProblems },
      },
    },
    async (request) => templates.getTemplate(request.owner.id, request.params.id),
  );

  app.patch(
    '/templates/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'updateTemplate',
        tags: ['templates'],
        summary: 'Change a template',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        body: ref(UpdateTemplateSchema),
        response: { 200: ref(TemplateSchema), ...ownerProblems },
      },
    },
    async (request) => templates.updateTemplate(request.owner.id, request.params.id, request.body),
  );

  app.delete(
    '/templates/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'deleteTemplate',
        tags: ['templates'],
        summary: 'Delete a template (409 template_in_use while a link uses it)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...ownerProblems, 409: ref(ProblemSchema) },
      },
    },
    async (request, reply) => {
      await templates.deleteTemplate(request.owner.id, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
