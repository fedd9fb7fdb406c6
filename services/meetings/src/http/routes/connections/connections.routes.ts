import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import { isDomainError } from '../../../domain/shared/domain-error';
import { CONNECTION_FLOW_TTL_SECONDS } from '../../../use-cases/connections/start-connection';
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
import { expiredFlowCookie, FLOW_COOKIE_NAME, flowCookie, readFlowCookie } from './flow-cookie';

const tags = ['connections'];
const security = [{ bearerAuth: [] }];

export const connectionsRoutes: FastifyPluginAsyncTypebox<
  Pick<
    Container['connections'],
    | 'completeConnection'
    | 'connectionsPageUrl'
    | 'disconnect'
    | 'flowCookie'
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
        description: `Sets the httpOnly cookie \`${FLOW_COOKIE_NAME}\` (SameSite=Lax, scoped to the provider's callback path) that binds the flow to this browser: the callback is accepted only from a browser holding it. A SPA calls this with \`redirect=false\` through a same-origin fetch (the cookie lands in the browser's jar) and then navigates to \`authorizeUrl\`. The consent page gets an S256 PKCE challenge; the verifier never leaves the server.`,
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
      const { provider } = request.params;
      const { authorizeUrl, state } = await connections.startConnection(request.owner.id, provider);
      const scope = {
        path: connections.flowCookie.pathFor(provider),
        isSecure: connections.flowCookie.isSecure,
      };
      reply.header('set-cookie', flowCookie(state, scope, CONNECTION_FLOW_TTL_SECONDS));
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
        description: `No bearer token: the \`state\` names the owner, and the browser must hold the \`${FLOW_COOKIE_NAME}\` cookie set by startConnection with the same state (else \`?error=oauth_browser_mismatch\`, and nothing is connected). Redirects to the dashboard’s \`/bookings/dashboard/connections?connected=<provider>\` or \`?error=<code>\`.`,
        params: ProviderParams,
        querystring: ConnectionCallbackQuery,
        response: { 302: Type.Null({ description: 'Redirect to the connections page' }) },
      },
    },
    async (request, reply) => {
      const page = connections.connectionsPageUrl;
      const { provider } = request.params;
      const scope = {
        path: connections.flowCookie.pathFor(provider),
        isSecure: connections.flowCookie.isSecure,
      };
      const browserState = readFlowCookie(request.headers.cookie);
      // This flow is over, accepted or not; a cookie of another flow of this browser is left to that flow.
      if (browserState !== undefined && browserState === request.query.state) {
        reply.header('set-cookie', expiredFlowCookie(scope));
      }
      try {
        await connections.completeConnection({ provider, ...request.query, browserState });
        return reply.redirect(`${page}?connected=${provider}`, 302);
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
