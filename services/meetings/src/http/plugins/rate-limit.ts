import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

/**
 * Rate limits for the public routes. With REDIS_URL the counters live in Redis, so every instance behind a
 * load balancer shares them; without it each process counts alone. Routes opt in through `config.rateLimit`
 * or `app.rateLimit(...)` hooks.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance, options: { redisUrl: string | null }) => {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        connectTimeout: 2000,
      })
    : null;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error }, 'redis for rate limits is unreachable'));
    app.addHook('onClose', async () => {
      redis.disconnect();
    });
  }
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'bookings-rate-limit:' } : {}),
    // If Redis is down, serving is better than refusing everyone.
    skipOnError: true,
    onExceeded: (request, key) => {
      request.log.warn({ key, url: request.url }, 'rate limit exceeded');
    },
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });
});
