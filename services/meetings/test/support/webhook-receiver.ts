import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  timestamp: number;
  signatures: string[];
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Which of the receiver's secrets verify this request (standardwebhooks). */
  verifiedBy: string[];
  /** What the receiver answered. */
  status: number;
}

export interface WebhookReceiver {
  url: string;
  /** The secrets requests are verified with; a request no secret verifies is answered 401. */
  secrets: string[];
  /** Every request, in arrival order. */
  readonly requests: ReceivedWebhook[];
  /** Requests answered 2xx: the events as the subscriber took them. */
  delivered(): ReceivedWebhook[];
  /** The next requests are answered with these statuses, in order; after them, 200. */
  answerNext(...statuses: number[]): void;
  /** While true, requests get no answer at all (a receiver that hangs). */
  hang: boolean;
  /** How many requests were left hanging so far. */
  hung(): number;
  /** The time standardwebhooks checks the timestamp against (the app's fake clock, when it has one). */
  now: () => number;
  clear(): void;
  close(): Promise<void>;
}

/** A subscriber on loopback that checks every request the way the README tells receivers to. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedWebhook[] = [];
  const queued: number[] = [];
  const hung: ServerResponse[] = [];
  const receiver: WebhookReceiver = {
    url: '',
    secrets: [],
    requests,
    delivered: () => requests.filter((request) => request.status >= 200 && request.status < 300),
    answerNext: (...statuses) => void queued.push(...statuses),
    hang: false,
    hung: () => hung.length,
    now: () => Date.now(),
    clear() {
      // A request left hanging by the last test fails now, instead of holding a worker until its timeout.
      for (const response of hung.splice(0)) response.destroy();
      requests.length = 0;
      queued.length = 0;
      receiver.secrets = [];
      receiver.hang = false;
      receiver.now = () => Date.now();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hung) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    if (receiver.hang) {
      hung.push(response);
      return;
    }
    const headers = {
      'webhook-id': String(request.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
    };
    const verifiedBy = receiver.secrets.filter((secret) => verifies(secret, body, headers, receiver.now()));
    const status = verifiedBy.length === 0 ? 401 : (queued.shift() ?? 200);
    requests.push({
      id: headers['webhook-id'],
      timestamp: Number(headers['webhook-timestamp']),
      signatures: headers['webhook-signature'].split(' '),
      body,
      payload: JSON.parse(body),
      verifiedBy,
      status,
    });
    response.writeHead(status, { 'content-type': 'text/plain' }).end(`answered ${status}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/** standardwebhooks checks the timestamp against Date.now(): it reads the receiver's clock for that call. */
function verifies(secret: string, body: string, headers: Record<string, string>, now: number): boolean {
  const realNow = Date.now;
  Date.now = () => now;
  try {
    new Webhook(secret).verify(body, headers);
    return true;
  } catch {
    return false;
  } finally {
    Date.now = realNow;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
