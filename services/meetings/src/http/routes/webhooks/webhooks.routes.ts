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
  Uuid,
} from '../../schemas/common';
import { BookingSchema } from '../bookings/bookings.schemas';
import { linksSchemas } from '../links/links.schemas';
import {
  CreateWebhookSchema,
  UpdateWebhookSchema,
  WebhookDeliveryPageSchema,
  WebhookDeliverySchema,
  WebhookPageSchema,
  WebhookSchema,
  WebhookWithSecretSchema,
  webhooksSchemas,
} from './webhooks.schemas';

const DeliveryParams = Type.Object({ id: Uuid('The webhook'), deliveryId: Uuid('One of its deliveries') });
const PageQuery = Type.Object(pageQueryProperties, { additionalProperties: false });
const security = [{ bearerAuth: [] }];
const tags = ['webhooks'];
/** 422 webhook_url_not_allowed: the URL is refused (scheme, userinfo, internal address, http in production). */
const urlProblems = { ...ownerProblems, 422: ref(ProblemSchema) };

export const webhooksRoutes: FastifyPluginAsyncTypebox<Container['webhooks']> = async (app, webhooks) => {
  // The event bodies carry the API's own Booking and Link: their schemas are named here too.
  addSchemas(app, [BookingSchema, ...linksSchemas, ...webhooksSchemas]);

  app.post(
    '/webhooks',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'createWebhook',
        tags,
        summary: 'Subscribe an endpoint to events; the answer shows its signing secret, once',
        security,
        body: ref(CreateWebhookSchema),
        response: { 201: ref(WebhookWithSecretSchema), ...urlProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await webhooks.createWebhook(request.owner.id, request.body)),
  );

  app.get(
    '/webhooks',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listWebhooks',
        tags,
        summary: 'List your webhook endpoints, newest first',
        security,
        querystring: PageQuery,
        response: { 200: ref(WebhookPageSchema), ...ownerProblems },
      },
    },
    async (request) => webhooks.listWebhooks(request.owner.id, request.query),
  );

  app.get(
    '/webhooks/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getWebhook',
        tags,
        summary: 'One of your webhook endpoints',
        security,
        params: IdParams,
        response: { 200: ref(WebhookSchema), ...ownerProblems },
      },
    },
    async (request) => webhooks.getWebhook(request.owner.id, request.params.id),
  );

  app.patch(
    '/webhooks/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'updateWebhook',
        tags,
        summary: 'Change an endpoint: URL, events, description, or switch it on or off',
        description: 'Switching it on clears why the service switched it off; its waiting deliveries go.',
        security,
        params: IdParams,
        body: ref(UpdateWebhookSchema),
        response: { 200: ref(WebhookSchema), ...urlProblems },
      },
    },
    async (request) => webhooks.updateWebhook(request.owner.id, request.params.id, request.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'deleteWebhook',
        tags,
        summary: 'Delete an endpoint and its delivery log',
        security,
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...ownerProblems },
      },
    },
    async (request, reply) => {
      await webhooks.deleteWebhook(request.owner.id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `/webhooks/${paramWithVerb('id', 'rotate-secret')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'Replace the signing secret; the answer shows the new one, once',
        description:
          'For 24 hours the previous secret keeps signing alongside the new one (two signatures in webhook-signature), so receivers can switch over.',
        security,
        params: IdParams,
        response: { 200: ref(WebhookWithSecretSchema), ...ownerProblems },
      },
    },
    async (request) => webhooks.rotateWebhookSecret(request.owner.id, request.params.id),
  );

  app.post(
    `/webhooks/${paramWithVerb('id', 'test')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'testWebhook',
        tags,
        summary: 'Send the endpoint a ping event; the answer is its delivery, which the log then follows',
        description: 'A switched-off endpoint answers 409 webhook_disabled.',
        security,
        params: IdParams,
        response: { 202: ref(WebhookDeliverySchema), ...ownerProblems },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await webhooks.testWebhook(request.owner.id, request.params.id)),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: "The endpoint's deliveries, newest first: event, status, attempts, last answer, next try",
        security,
        params: IdParams,
        querystring: PageQuery,
        response: { 200: ref(WebhookDeliveryPageSchema), ...ownerProblems },
      },
    },
    async (request) => webhooks.listWebhookDeliveries(request.owner.id, request.params.id, request.query),
  );

  app.post(
    `/webhooks/:id/deliveries/${paramWithVerb('deliveryId', 'redeliver')}`,
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'redeliverWebhook',
        tags,
        summary: 'Send a delivered or failed delivery again (same webhook-id), with a fresh round of retries',
        description: 'A delivery still pending answers 409 webhook_delivery_pending.',
        security,
        params: DeliveryParams,
        response: { 202: ref(WebhookDeliverySchema), ...ownerProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await webhooks.redeliverWebhook(request.owner.id, request.params.id, request.params.deliveryId),
        ),
  );
};
