import { Writable } from 'node:stream';
import Fastify from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, type LineDestination, lineBatches, OneLinePerRequest } from './logging';

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

describe('lineBatches', () => {
  function destination() {
    const texts: string[] = [];
    const flushed: ((error?: Error) => void)[] = [];
    const target: LineDestination = {
      write: (text) => texts.push(text),
      flush: (done) => {
        if (done) flushed.push(done);
      },
    };
    return { texts, flushed, target };
  }

  it('holds lines until handed over, then passes them as one text in their order', () => {
    const { texts, target } = destination();
    const batches = lineBatches(target);
    batches.write('{"n":1}\n');
    batches.write('{"n":2}\n');
    expect(texts).toEqual([]);

    batches.handOver();
    batches.handOver();
    expect(texts).toEqual(['{"n":1}\n{"n":2}\n']);
  });

  it('hands a batch over by itself once it is large enough', () => {
    const { texts, target } = destination();
    const batches = lineBatches(target);
    const line = `${'x'.repeat(999)}\n`;
    for (let i = 0; i < Math.floor(BATCH_CHARS / line.length); i++) batches.write(line);
    expect(texts).toHaveLength(0);

    batches.write(line);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.length).toBeGreaterThanOrEqual(BATCH_CHARS);
  });

  it('on flush, hands over what it holds and lets the destination call back once it has left', () => {
    const { texts, flushed, target } = destination();
    const batches = lineBatches(target);
    batches.write('last\n');
    let done = false;
    batches.flush(() => {
      done = true;
    });
    expect(texts).toEqual(['last\n']);
    expect(done).toBe(false);
    flushed[0]?.();
    expect(done).toBe(true);
  });

  it('passes lines straight through once batching is off (the lines of an exit)', () => {
    const { texts, target } = destination();
    const batches = lineBatches(target);
    batches.batching = false;
    batches.write('shutting down\n');
    expect(texts).toEqual(['shutting down\n']);
  });
});
