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
  await app.register(fastifySwaggerUi, { routePrefix: '/bookings/docs' });
  app.get('/bookings/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
