import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { finishContract } from '../openapi-contract';

export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bookings API',
        version: '0.1.0',
        description:
          'Scheduling links, availability and bookings. Errors are RFC 9457 problem+json documents with a stable `code`.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transformObject: (document) =>
      'openapiObject' in document ? finishContract(document.openapiObject) : document.swaggerObject,
    // Keep each shared schema's `$id` as its component name instead of `def-N`.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) ?? `def-${i}`,
    },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/bookings/docs',
    // The plugin's own default adds `upgrade-insecure-requests`, which breaks a plain-http installation, and
    // allows framing by the same origin. Swagger UI's page runs only its own files (no inline script), but an
    // expanded operation's code samples are highlighted with inline styles: 'unsafe-inline' for styles only,
    // which cannot run code.
    staticCSP: {
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    },
    // "Try it out" calls the service that serves the page (connect-src 'self'), not the contract's example
    // server: the document the UI reads names the page's own origin.
    transformSpecification: (document) => ({
      ...document,
      servers: [{ url: '/', description: 'This service' }],
    }),
    // The validator badge would load an image from validator.swagger.io: no request leaves for another site.
    uiConfig: { validatorUrl: null },
  });
  app.get('/bookings/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
