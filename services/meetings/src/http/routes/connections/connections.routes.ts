import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import { isDomainError } from '../../../domain/shared/domain-error';
import { addSchemas, IdParams, ownerProblems, ProblemSchema, ref } from '../../schemas/common';
import {
  AuthorizeUrlSchema,
  ConnectionCallbackQuery,
  ConnectionListSchema,
  ConnectionSchema,
  connectionSchemas,
  ProviderCalendarListSchema,
  ProviderParams,
  StartConnectionQuery,
  UpdateConnectionSchema,
} from './connections.schemas';

const tags = ['connections'];
const security = [{ bearerAuth: [] }];

export const connectionsRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['connections'],
    | 'completeConnection'
    | 'connectionsPageUrl'
    | 'disconnect'
    | 'listConnectionCalendars'
    | 'listConnections'
    | 'startConnection'
    | 'updateConnection'
  >
> = async (app, connections) => {
  addSchemas(app, connectionSchemas);
  app.get(
    '/connections',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listConnections',
        tags,
        security,
        summary: 'Connected calendar accounts, with their status and calendar choices',
        response: { 200: ref(ConnectionListSchema), 401: ref(ProblemSchema) },
      },
    },
    async (request) => connections.listConnections(request.owner.id),
  );

  app.get(
    '/connections/:provider/start',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'startConnection',
        tags,
        security,
        summary: "Redirect to the provider's consent page (state valid 10 minutes, single use)",
        params: ProviderParams,
        querystring: StartConnectionQuery,
        response: {
          200: ref(AuthorizeUrlSchema),
          302: Type.Null({ description: "Redirect to the provider's consent page" }),
          400: ref(ProblemSchema),
          401: ref(ProblemSchema),
          409: ref(ProblemSchema),
        },
      },
    },
    async (request, reply) => {
      const { authorizeUrl } = await connections.startConnection(request.owner.id, request.params.provider);
      if (request.query.redirect === false) return reply.send({ authorizeUrl });
      return reply.redirect(authorizeUrl, 302);
    },
  );

  app.get(
    '/connections/:provider/callback',
    {
      schema: {
        operationId: 'completeConnection',
        tags,
        summary: 'OAuth redirect target: stores the account, then redirects to the connections page',
        description:
          'No bearer token: the `state` names the owner. Redirects to the dashboard’s `/bookings/dashboard/connections?connected=<provider>` or `?error=<code>`.',
        params: ProviderParams,
        querystring: ConnectionCallbackQuery,
        response: { 302: Type.Null({ description: 'Redirect to the connections page' }) },
      },
    },
    async (request, reply) => {
      const page = connections.connectionsPageUrl;
      try {
        await connections.completeConnection({ provider: request.params.provider, ...request.query });
        return reply.redirect(`${page}?connected=${request.params.provider}`, 302);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        request.log.warn({ code: error.code }, error.message);
        return reply.redirect(`${page}?error=${encodeURIComponent(error.code)}`, 302);
      }
    },
  );

  app.get(
    '/connections/:id/calendars',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listConnectionCalendars',
        tags,
        security,
        summary:
          "The account's calendars, marked with the ones that count as busy and the one receiving events",
        params: IdParams,
        response: { 200: ref(ProviderCalendarListSchema), ...ownerProblems, 503: ref(ProblemSchema) },
      },
    },
    async (request) => connections.listConnectionCalendars(request.owner.id, request.params.id),
  );

  app.patch(
    '/connections/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'updateConnection',
        tags,
        security,
        summary: 'Choose the calendars that count as busy and whether this account receives new events',
        params: IdParams,
        body: ref(UpdateConnectionSchema),
        response: { 200: ref(ConnectionSchema), ...ownerProblems, 503: ref(ProblemSchema) },
      },
    },
    async (request) => connections.updateConnection(request.owner.id, request.params.id, request.body),
  );

  app.delete(
    '/connections/:id',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'deleteConnection',
        tags,
        security,
        summary: 'Disconnect an account (its tokens are deleted)',
        params: IdParams,
        response: { 204: Type.Null(), ...ownerProblems },
      },
    },
    async (request, reply) => {
      await connections.disconnect(request.owner.id, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
