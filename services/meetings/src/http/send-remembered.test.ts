import { brotliDecompressSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendRemembered } from './send-remembered';

function appAnswering(answer: () => object, options: { compress?: boolean } = {}) {
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
    async (_request, reply) => sendRemembered(reply, answer(), options),
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

  it('compresses a large answer as the browser accepts, once per answer, and a small one not at all', async () => {
    const large = { day: '2030-01-01', slots: Array.from({ length: 200 }, (_, i) => `slot ${i}`) };
    const app = appAnswering(() => large, { compress: true });
    const asked = () => app.inject({ url: '/answer', headers: { 'accept-encoding': 'gzip, br' } });
    const [first, second] = [await asked(), await asked()];
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toBe('accept-encoding');
    expect(JSON.parse(brotliDecompressSync(first.rawPayload).toString())).toEqual(large);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const plain = await app.inject({ url: '/answer' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body)).toEqual(large);

    const small = appAnswering(() => ({ day: '2030-01-01', slots: [] }), { compress: true });
    const answer = await small.inject({ url: '/answer', headers: { 'accept-encoding': 'br' } });
    expect(answer.headers['content-encoding']).toBeUndefined();
  });
});
