import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookSender, type WebhookSenderOptions } from './http-sender';
import { createWebhookUrlPolicy, type ResolveHost } from './url-policy';

interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  servername?: string;
}

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A real subscriber on loopback that records every request it gets, then answers with `answer`. */
async function startReceiver(
  answer: Answer,
  { host = '127.0.0.1', tls = false }: { host?: string; tls?: boolean } = {},
) {
  const received: ReceivedRequest[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        servername: (request.socket as TLSSocket).servername || undefined,
      });
      answer(request, response);
    });
  };
  const server = tls
    ? createHttpsServer(
        {
          cert: readFileSync(process.env.OFFICE_FAKE_TLS_CERT!),
          key: readFileSync(process.env.OFFICE_FAKE_TLS_KEY!),
        },
        handle,
      )
    : createHttpServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    port,
    url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
  };
}

function reply(status: number, body = '', headers: Record<string, string> = {}): Answer {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

/** DNS answers per host name, counting the questions; unknown names do not resolve. */
function fakeDns(answer: (hostname: string, call: number) => string[] | undefined): ResolveHost & {
  asked: string[];
} {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    const addresses = answer(hostname, asked.length);
    if (addresses) return addresses;
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  };
  return Object.assign(resolve, { asked });
}

function sender(options: Partial<WebhookSenderOptions> = {}) {
  return createWebhookSender({
    allowPrivate: true,
    requireHttps: false,
    timeoutMs: 5_000,
    maxBodyBytes: 4096,
    resolve: fakeDns(() => undefined),
    ...options,
  });
}

const HEADERS = {
  'content-type': 'application/json',
  'webhook-id': 'msg_1',
  'webhook-timestamp': '1780000000',
  'webhook-signature': 'v1,c2lnbmF0dXJl',
};
const BODY = JSON.stringify({ type: 'booking.created', timestamp: '2026-06-01T08:00:00.000Z', data: {} });

describe('webhook HTTP sender: answers', () => {
  it('POSTs the headers and body and returns a 2xx answer decoded as UTF-8', async () => {
    const receiver = await startReceiver(
      reply(200, 'réçu ✓', { 'content-type': 'text/plain; charset=utf-8' }),
    );
    const result = await sender().send({
      url: `${receiver.url}/hooks/in?source=bookings`,
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({ kind: 'answered', status: 200, body: 'réçu ✓' });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({
      method: 'POST',
      path: '/hooks/in?source=bookings',
      body: BODY,
      headers: { ...HEADERS, 'content-length': String(Buffer.byteLength(BODY)) },
    });
  });

  it.each([
    [500, 'boom'],
    [410, 'gone'],
    [204, ''],
  ])('returns a %i answer as it is', async (status, body) => {
    const receiver = await startReceiver(reply(status, body));
    expect(await sender().send({ url: receiver.url, headers: HEADERS, body: BODY })).toEqual({
      kind: 'answered',
      status,
      body,
    });
  });

  it('returns a 302 as the answer and does not follow it', async () => {
    const elsewhere = await startReceiver(reply(200, 'followed'));
    const receiver = await startReceiver(reply(302, 'moved', { location: `${elsewhere.url}/stolen` }));
    expect(await sender().send({ url: receiver.url, headers: HEADERS, body: BODY })).toEqual({
      kind: 'answered',
      status: 302,
      body: 'moved',
    });
    expect(receiver.received).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
  });

  it('keeps only maxBodyBytes of a 1 MB answer', async () => {
    const receiver = await startReceiver(reply(200, 'x'.repeat(1024 * 1024)));
    const result = await sender({ maxBodyBytes: 4096 }).send({
      url: receiver.url,
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({ kind: 'answered', status: 200, body: 'x'.repeat(4096) });
  });

  it('stops reading an endless answer at maxBodyBytes and hangs up', async () => {
    let hungUp: () => void = () => {};
    const closed = new Promise<void>((resolve) => {
      hungUp = resolve;
    });
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(200);
      const chunk = 'y'.repeat(16 * 1024);
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
      };
      response.on('drain', pump);
      response.on('close', hungUp);
      pump();
    });
    // An hour's timeout: only the byte limit can end this attempt.
    const result = await sender({ maxBodyBytes: 100, timeoutMs: 3_600_000 }).send({
      url: receiver.url,
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({ kind: 'answered', status: 200, body: 'y'.repeat(100) });
    await closed;
  });
});

describe('webhook HTTP sender: failures are results, never exceptions', () => {
  it('times out when the subscriber never answers', async () => {
    const receiver = await startReceiver(() => {});
    expect(
      await sender({ timeoutMs: 200 }).send({ url: receiver.url, headers: HEADERS, body: BODY }),
    ).toEqual({
      kind: 'failed',
      error: 'timed out after 200 ms',
    });
  });

  it('times out when the answer starts but its body never ends', async () => {
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(200);
      response.write('partial');
    });
    expect(
      await sender({ timeoutMs: 200 }).send({ url: receiver.url, headers: HEADERS, body: BODY }),
    ).toEqual({
      kind: 'failed',
      error: 'timed out after 200 ms',
    });
  });

  it('times out when the host name never resolves', async () => {
    const stuck: ResolveHost = () => new Promise(() => {});
    const result = await sender({ timeoutMs: 200, resolve: stuck }).send({
      url: 'https://hooks.example.test/in',
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({ kind: 'failed', error: 'timed out after 200 ms' });
  });

  it('fails when nothing listens', async () => {
    const receiver = await startReceiver(reply(200));
    for (const server of servers.splice(0)) server.close();
    const result = await sender().send({ url: receiver.url, headers: HEADERS, body: BODY });
    expect(result).toEqual({ kind: 'failed', error: expect.stringContaining('ECONNREFUSED') });
  });

  it('fails when the subscriber hangs up in the middle of its answer', async () => {
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(200, { 'content-length': '1000' });
      response.write('partial', () => response.socket?.destroy());
    });
    const result = await sender().send({ url: receiver.url, headers: HEADERS, body: BODY });
    expect(result).toEqual({ kind: 'failed', error: 'connection lost while reading the answer (aborted)' });
  });

  it('fails on a header the HTTP client will not send', async () => {
    const receiver = await startReceiver(reply(200));
    const result = await sender().send({ url: receiver.url, headers: { 'x-bad': 'a\r\nb' }, body: BODY });
    expect(result).toEqual({ kind: 'failed', error: expect.stringContaining('x-bad') });
    expect(receiver.received).toEqual([]);
  });

  it('fails when the host does not resolve', async () => {
    const result = await sender().send({
      url: 'https://nowhere.example.test/in',
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({
      kind: 'failed',
      error: 'refused: nowhere.example.test does not resolve (ENOTFOUND)',
    });
  });
});

describe('webhook HTTP sender: SSRF rules at send time', () => {
  it('refuses a private address unless allowed, and the receiver hears nothing', async () => {
    const receiver = await startReceiver(reply(200));
    const result = await sender({ allowPrivate: false }).send({
      url: receiver.url,
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({ kind: 'failed', error: 'refused: 127.0.0.1 is not a public address: loopback' });
    expect(receiver.received).toEqual([]);
  });

  it('refuses http when https is required', async () => {
    const receiver = await startReceiver(reply(200));
    const result = await sender({ requireHttps: true }).send({
      url: receiver.url,
      headers: HEADERS,
      body: BODY,
    });
    expect(result).toEqual({ kind: 'failed', error: 'refused: https is required' });
    expect(receiver.received).toEqual([]);
  });

  it('resolves again at send time: a name that turned private since it was saved is refused', async () => {
    const receiver = await startReceiver(reply(200));
    // DNS rebinding: a public answer while the URL is checked, loopback by the time it is used.
    const resolve = fakeDns((_hostname, call) => (call === 1 ? ['93.184.215.14'] : ['127.0.0.1']));
    const options = { allowPrivate: false, requireHttps: false, resolve };
    const url = `http://rebind.example.test:${receiver.port}/in`;

    expect(await createWebhookUrlPolicy(options).check(url)).toEqual({ allowed: true });
    const result = await sender(options).send({ url, headers: HEADERS, body: BODY });
    expect(result).toEqual({
      kind: 'failed',
      error: 'refused: rebind.example.test resolves to 127.0.0.1, which is not a public address: loopback',
    });
    expect(receiver.received).toEqual([]);
  });

  it('connects to the address it checked, with the original host name in the Host header', async () => {
    const receiver = await startReceiver(reply(200, 'ok'));
    // No real DNS knows this name: the request can only arrive if the checked answer is the one used.
    const resolve = fakeDns((hostname) => (hostname === 'hooks.example.test' ? ['127.0.0.1'] : undefined));
    const url = `http://hooks.example.test:${receiver.port}/in`;

    expect(await sender({ resolve }).send({ url, headers: HEADERS, body: BODY })).toEqual({
      kind: 'answered',
      status: 200,
      body: 'ok',
    });
    expect(resolve.asked).toEqual(['hooks.example.test']);
    expect(receiver.received).toMatchObject([{ headers: { host: `hooks.example.test:${receiver.port}` } }]);
  });

  it('connects to a checked IPv6 address', async () => {
    const receiver = await startReceiver(reply(202, 'v6'), { host: '::1' });
    const resolve = fakeDns(() => ['::1']);
    const url = `http://hooks.example.test:${receiver.port}/in`;
    expect(await sender({ resolve }).send({ url, headers: HEADERS, body: BODY })).toEqual({
      kind: 'answered',
      status: 202,
      body: 'v6',
    });
    expect(await sender().send({ url: receiver.url, headers: HEADERS, body: BODY })).toMatchObject({
      status: 202,
    });
  });

  it('speaks TLS to the original host name: SNI and the certificate check use it, not the address', async () => {
    // The test certificate names localhost and 127.0.0.1, and NODE_EXTRA_CA_CERTS trusts it.
    const receiver = await startReceiver(reply(200, 'secure'), { tls: true });
    const resolve = fakeDns((hostname) =>
      ['localhost', 'hooks.example.test'].includes(hostname) ? ['127.0.0.1'] : undefined,
    );
    const https = sender({ resolve, requireHttps: true });

    const answered = await https.send({
      url: `https://localhost:${receiver.port}/in`,
      headers: HEADERS,
      body: BODY,
    });
    expect(answered).toEqual({ kind: 'answered', status: 200, body: 'secure' });
    expect(receiver.received).toMatchObject([{ servername: 'localhost' }]);

    const mismatch = await https.send({
      url: `https://hooks.example.test:${receiver.port}/in`,
      headers: HEADERS,
      body: BODY,
    });
    expect(mismatch).toEqual({ kind: 'failed', error: expect.stringContaining('altnames') });
    expect(receiver.received).toHaveLength(1);
  });
});
