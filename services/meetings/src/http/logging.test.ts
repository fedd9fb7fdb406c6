import { Writable } from 'node:stream';
import Fastify from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { OneLinePerRequest } from './logging';

function appLoggingTo(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = Fastify({
    loggerInstance: pino({ level: 'info' }, sink),
    logController: new OneLinePerRequest(),
  });
  app.get('/ok', async () => ({ ok: true }));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  return app;
}

describe('OneLinePerRequest', () => {
  it('writes one line per answered request, with method, URL, status, time and address, and no headers', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines);
    await app.inject({ method: 'GET', url: '/ok?x=1', headers: { authorization: 'Bearer secret' } });
    await app.close();
    const requestLines = lines.filter((line) => line.reqId);
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      msg: 'request completed',
      method: 'GET',
      url: '/ok?x=1',
      statusCode: 200,
      remoteAddress: '127.0.0.1',
    });
    expect(typeof requestLines[0]?.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('still logs a failed request with its error, at error level', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines);
    await app.inject({ method: 'GET', url: '/fails' });
    await app.close();
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toEqual([expect.objectContaining({ statusCode: 500, url: '/fails' })]);
    // Fastify's default error handler logs the error itself (level 50) with the request id.
    expect(lines.some((line) => line.level === 50 && JSON.stringify(line.err).includes('boom'))).toBe(true);
  });
});
