import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendRemembered } from './send-remembered';

function appAnswering(answer: () => object) {
  const app = Fastify();
  app.get(
    '/answer',
    {
      schema: {
        response: {
          200: { type: 'object', properties: { day: { type: 'string' }, slots: { type: 'array' } } },
        },
      },
    },
    async (_request, reply) => sendRemembered(reply, answer()),
  );
  return app;
}

describe('sendRemembered', () => {
  it('answers what the route’s schema serializer makes, as JSON, serializing one remembered answer once', async () => {
    let serializations = 0;
    const remembered = { day: '2030-01-01', slots: ['09:00'], internal: 'not on the wire' };
    const app = appAnswering(() => remembered);
    app.addHook('preHandler', async (_request, reply) => {
      const serialize = reply.serialize.bind(reply);
      reply.serialize = (payload) => {
        serializations += 1;
        return serialize(payload);
      };
    });

    const first = await app.inject({ url: '/answer' });
    const second = await app.inject({ url: '/answer' });

    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.body).toBe('{"day":"2030-01-01","slots":["09:00"]}');
    expect(second.body).toBe(first.body);
    expect(serializations).toBe(1);
  });

  it('serializes a new answer anew', async () => {
    let day = 1;
    const app = appAnswering(() => ({ day: `2030-01-0${day++}`, slots: [] }));
    const bodies = [(await app.inject({ url: '/answer' })).body, (await app.inject({ url: '/answer' })).body];
    expect(bodies).toEqual(['{"day":"2030-01-01","slots":[]}', '{"day":"2030-01-02","slots":[]}']);
  });
});
