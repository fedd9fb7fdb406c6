import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBasicWebhookSender } from './basic-sender';
import { createBasicWebhookUrlPolicy } from './basic-url-policy';

describe('basic webhook URL policy', () => {
  const policy = createBasicWebhookUrlPolicy({ allowPrivate: false, requireHttps: false });

  it('takes http(s) URLs on public hosts', async () => {
    for (const url of ['https://crm.example.com/hooks', 'http://203.0.113.9:8080/x'])
      expect(await policy.check(url), url).toEqual({ allowed: true });
  });

  it('refuses other schemes, userinfo and literal internal addresses', async () => {
    for (const url of [
      'ftp://example.com/',
      'not a url',
      'https://user:pass@example.com/',
      'http://127.0.0.1/',
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://0x7f.1/',
    ])
      expect((await policy.check(url)).allowed, url).toBe(false);
  });

  it('takes internal addresses when allowed, and only https when required', async () => {
    const local = createBasicWebhookUrlPolicy({ allowPrivate: true, requireHttps: false });
    expect(await local.check('http://127.0.0.1:4000/hooks')).toEqual({ allowed: true });
    const production = createBasicWebhookUrlPolicy({ allowPrivate: false, requireHttps: true });
    expect(await production.check('http://crm.example.com/')).toEqual({
      allowed: false,
      reason: 'must be https',
    });
  });
});

describe('basic webhook sender', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/redirect') response.writeHead(307, { location: '/elsewhere' }).end();
      else if (request.url === '/large') response.writeHead(200).end('x'.repeat(10_000));
      else if (request.url === '/silent') return;
      else response.writeHead(404).end('nothing here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  // A short timeout only where it is the point: a busy machine must not turn an answer into a timeout.
  const send = (path: string, timeoutMs = 10_000) =>
    createBasicWebhookSender({ timeoutMs, maxBodyBytes: 4096 }).send({
      url: `${base}${path}`,
      headers: {},
      body: '{}',
    });

  it('answers a redirect as it is, without following it', async () => {
    expect(await send('/redirect')).toEqual({ kind: 'answered', status: 307, body: '' });
  });

  it('keeps at most the first 4 kB of an answer', async () => {
    const answer = await send('/large');
    expect(answer).toMatchObject({ kind: 'answered', status: 200 });
    expect(answer.kind === 'answered' && answer.body.length).toBe(4096);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    expect(await send('/silent', 300)).toEqual({ kind: 'failed', error: 'timed out' });
  });
});
