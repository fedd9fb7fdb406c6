import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

/**
 * Rate limits for the public routes. With REDIS_URL the counters live in Redis, so every instance behind a
 * load balancer shares them; without it each process counts alone. Routes opt in through `config.rateLimit`
 * (one limit) or an `everyRateLimit(...)` hook (several).
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
    errorResponseBuilder: (_request, context) => tooManyRequests(context.ttl),
  });
});

export interface RateLimit {
  max: number;
  timeWindow: string;
  keyGenerator: (request: FastifyRequest) => string;
}

/**
 * One onRequest hook that holds a request to every one of several limits (per IP and per link, say), in turn.
 * Two `app.rateLimit(...)` hooks on one route do not: the plugin marks a request as limited after the first hook,
 * and the second lets it through uncounted. The first limit exceeded answers 429 and later ones are not counted.
 */
export function everyRateLimit(app: FastifyInstance, limits: RateLimit[]): onRequestAsyncHookHandler {
  const checks = limits.map((limit) => app.createRateLimit(limit));
  return async (request, reply) => {
    for (const check of checks) {
      const result = await check(request);
      if (result.isAllowed || !result.isExceeded) continue;
      request.log.warn({ key: result.key, url: request.url }, 'rate limit exceeded');
      reply.header('retry-after', result.ttlInSeconds);
      throw tooManyRequests(result.ttl);
    }
  };
}

function tooManyRequests(ttlMs: number) {
  return {
    statusCode: 429,
    code: 'rate_limited',
    message: `Too many requests. Try again in ${Math.ceil(ttlMs / 1000)} seconds.`,
  };
}
