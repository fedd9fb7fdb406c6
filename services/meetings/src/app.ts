import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { createSealer } from './adapters/crypto/tokens';
import { checkEncryptionKey } from './adapters/db/encryption-key-check';
import type { Config } from './config';
import { type Adapters, type Container, createAdapters, createContainer } from './container';
import { answerClientError, answerFrameworkError, MAX_PARAM_LENGTH } from './http/framework-problems';
import { OneLinePerRequest, serviceLogger } from './http/logging';
import { authPlugin } from './http/plugins/auth';
import { embedScriptPlugin } from './http/plugins/embed-script';
import { errorHandlerPlugin } from './http/plugins/error-handler';
import { openApiPlugin } from './http/plugins/openapi';
import { rateLimitPlugin } from './http/plugins/rate-limit';
import { refuseNulPlugin } from './http/plugins/refuse-nul';
import { securityHeadersPlugin } from './http/plugins/security-headers';
import { spaPlugin } from './http/plugins/spa';
import { analyticsRoutes } from './http/routes/analytics/analytics.routes';
import { auditRoutes } from './http/routes/audit/audit.routes';
import { authRoutes } from './http/routes/auth/auth.routes';
import { bookingsRoutes } from './http/routes/bookings/bookings.routes';
import { connectionsRoutes } from './http/routes/connections/connections.routes';
import { contactsRoutes } from './http/routes/contacts/contacts.routes';
import { healthRoutes } from './http/routes/health/health.routes';
import { holidaysRoutes } from './http/routes/holidays/holidays.routes';
import { linksRoutes } from './http/routes/links/links.routes';
import { manageRoutes } from './http/routes/manage/manage.routes';
import { meRoutes } from './http/routes/me/me.routes';
import { oneTimeLinksRoutes } from './http/routes/one-time-links/one-time-links.routes';
import { avatarsRoutes } from './http/routes/public/avatars.routes';
import { publicRoutes } from './http/routes/public/public.routes';
import { sideEffectsRoutes } from './http/routes/side-effects/side-effects.routes';
import { templatesRoutes } from './http/routes/templates/templates.routes';
import { webhooksRoutes } from './http/routes/webhooks/webhooks.routes';
import { addSchemas, sharedSchemas } from './http/schemas/common';
import { buildSerializer } from './http/serializers';
import { buildValidator } from './http/validators';

declare module 'fastify' {
  interface FastifyInstance {
    container: Container;
  }
}

export interface BuildOptions {
  /** Replace adapters (tests pass their own database, email or clock). Adapters passed in are not closed by the app. */
  adapters?: Partial<Adapters>;
  logger?: FastifyBaseLogger;
  /** Run the side-effect workers once listening (default). Tests that do not look at side effects leave them off. */
  startJobs?: boolean;
}

/** Builds the whole service without listening: the server and the tests use exactly this. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const ownLogger = options.logger ? undefined : serviceLogger(config.logLevel);
  const app = Fastify({
    ...(ownLogger ? { logger: ownLogger.options } : { loggerInstance: options.logger }),
    logController: new OneLinePerRequest(),
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 256 * 1024,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    trustProxy: config.trustProxy,
    schemaController: { compilersFactory: { buildValidator, buildSerializer } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const adapters = await createAdapters(config, app.log, options.adapters);
  // A database this app opened itself is brought up to date here; one passed in is the caller's to migrate.
  if (!options.adapters?.database) {
    await adapters.database.migrate();
    await checkEncryptionKey(adapters.database.db, createSealer(config.encryptionKey));
  }
  const container = createContainer(config, adapters);
  app.decorate('container', container);
  // The job queue starts with the server (not for the contract script, which never listens) and picks up
  // whatever side effects a previous process left pending.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  if (options.startJobs ?? true) {
    // Fastify runs onListen hooks after listen() has resolved, without waiting: a SIGTERM can close the app
    // before this hook runs, and a queue started then would outlive the close.
    app.addHook('onListen', async () => {
      if (closing) return;
      await container.jobs.start();
    });
  }
  app.addHook('onClose', async () => {
    await container.jobs.stop();
    await container.repositories.analytics.flush();
    if (!options.adapters?.database) await adapters.database.close();
    if (!options.adapters?.email) await adapters.email.close?.();
    ownLogger?.close();
  });
  // Hooks on every request take a callback, not a promise: an async hook costs each request a promise and a turn.
  app.addHook('onSend', (request, reply, _payload, done) => {
    reply.header('x-request-id', request.id);
    // A keep-alive connection busy when the close began would hold it for the keep-alive timeout (72 s) once
    // idle: its last answer closes it instead.
    if (closing) reply.header('connection', 'close');
    done();
  });

  await app.register(securityHeadersPlugin, { hsts: config.publicBaseUrl.startsWith('https:') });
  await app.register(errorHandlerPlugin);
  await app.register(refuseNulPlugin);
  await app.register(openApiPlugin);
  await app.register(rateLimitPlugin, { redisUrl: config.redisUrl });
  await app.register(authPlugin, { auth: config.auth, owners: container.repositories.owners });
  // Each route plugin registers its own schemas; these are the ones every route refers to.
  addSchemas(app, sharedSchemas);

  await app.register(spaPlugin, {
    staticDir: config.staticDir,
    embedAllowedOrigins: config.embedAllowedOrigins,
    peekPublicLink: container.publicBooking.peekPublicLink,
    bookingPagesPerIpPerMinute: container.publicBooking.limits.perIpPerMinute,
  });
  await app.register(embedScriptPlugin);
  // Each route plugin gets the part of its area it uses. The OpenAPI document lists paths in this order.
  await app.register(
    async (api) => {
      await api.register(healthRoutes, container.health);
      await api.register(authRoutes, { ...container.auth, limits: container.publicBooking.limits });
      await api.register(meRoutes, container.profile);
      await api.register(linksRoutes, container.links);
      await api.register(templatesRoutes, container.templates);
      await api.register(oneTimeLinksRoutes, container.oneTimeLinks);
      await api.register(bookingsRoutes, container.bookings);
      await api.register(analyticsRoutes, container.analytics);
      await api.register(auditRoutes, container.audit);
      await api.register(holidaysRoutes, container.holidays);
      await api.register(connectionsRoutes, container.connections);
      await api.register(contactsRoutes, container.contacts);
      await api.register(sideEffectsRoutes, container.bookings);
      await api.register(webhooksRoutes, container.webhooks);
      await api.register(publicRoutes, container.publicBooking);
      await api.register(manageRoutes, container.manageBooking);
      await api.register(avatarsRoutes, {
        getAvatar: container.profile.getAvatar,
        limits: container.publicBooking.limits,
      });
    },
    { prefix: '/bookings' },
  );
  return app;
}
