import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../../config';
import type { Container } from '../../../container';
import { ProblemSchema, ref } from '../../schemas/common';

const AvatarParams = Type.Object({
  digest: Type.String({ pattern: '^[0-9a-f]{32}$', description: 'The photo’s hash, from `avatarUrl`' }),
});

/** Owners' photos for booking pages: public, and cached for good since a URL never changes its bytes. */
export const avatarsRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['profile'], 'getAvatar'> & { limits: Config['publicApi'] }
> = async (app, { getAvatar, limits }) => {
  app.get(
    '/public/avatars/:digest',
    {
      config: { rateLimit: { max: limits.perIpPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'getAvatar',
        tags: ['public'],
        summary: 'An owner’s photo (square WebP)',
        params: AvatarParams,
        response: {
          200: {
            description: 'The photo',
            content: { 'image/webp': { schema: Type.String({ format: 'binary' }) } },
          },
          400: ref(ProblemSchema),
          404: ref(ProblemSchema),
          429: ref(ProblemSchema),
        },
      },
    },
    async (request, reply) => {
      const avatar = await getAvatar(request.params.digest);
      // The contract types a binary body as a string; Fastify sends a Buffer as it is.
      const body = Buffer.from(avatar.bytes) as unknown as string;
      return reply
        .type(avatar.contentType)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('etag', `"${request.params.digest}"`)
        .send(body);
    },
  );
};
