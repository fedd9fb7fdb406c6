import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { WebhookRequest, WebhookResponse, WebhookSender } from '../../ports/webhook-delivery';
import { type CheckedWebhookTarget, checkWebhookTarget, type WebhookUrlPolicyOptions } from './url-policy';

export interface WebhookSenderOptions extends WebhookUrlPolicyOptions {
  /** The bound on the whole attempt: resolving, connecting, sending and reading the answer. */
  timeoutMs: number;
  /** How much of the answer is kept for the delivery log; the rest is never read. */
  maxBodyBytes: number;
}

/**
 * POSTs webhooks with node:http(s). The URL is checked again at send time (it may have been saved before a
 * rule changed, and its DNS may have changed since), and the socket goes to the address that was checked.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  return {
    async send(request) {
      const deadline = AbortSignal.timeout(options.timeoutMs);
      try {
        const target = await beforeDeadline(checkWebhookTarget(request.url, options), deadline);
        if (!target.allowed) return failed(`refused: ${target.reason}`);
        return await post(target, request, options.maxBodyBytes, deadline);
      } catch (error) {
        if (deadline.aborted) return failed(`timed out after ${options.timeoutMs} ms`);
        return failed(error instanceof Error && error.message ? error.message.slice(0, 200) : String(error));
      }
    },
  };
}

function post(
  { url, hostname, addresses }: CheckedWebhookTarget,
  { headers, body }: WebhookRequest,
  maxBodyBytes: number,
  signal: AbortSignal,
): Promise<WebhookResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // The original host name stays in the request, so the Host header and TLS (SNI and the certificate
    // check) name the subscriber; only the lookup is pinned.
    const outgoing = transport.request(
      {
        method: 'POST',
        hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        lookup: pinnedLookup(addresses[0]),
        // A pooled connection could have been opened for an earlier check; each attempt opens its own.
        agent: false,
        signal,
      },
      (response) => {
        readAtMost(response, maxBodyBytes)
          .then((text) => resolve({ kind: 'answered', status: response.statusCode ?? 0, body: text }), reject)
          .finally(() => outgoing.destroy());
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A DNS lookup that can only answer the checked address, so a second DNS answer never gets a say. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address);
  return (_hostname, options, callback) => {
    // Happy Eyeballs (autoSelectFamily) asks for every address at once.
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

async function readAtMost(response: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      // Leaving the loop destroys the response and its socket: a huge answer is cut off, not drained.
      if (size >= maxBytes) break;
    }
  } catch (error) {
    // Node reports a subscriber hanging up mid-answer as a bare "aborted": say what happened.
    throw new Error(`connection lost while reading the answer (${(error as Error).message})`);
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/** Resolving a name has no cancel of its own; the attempt stops waiting for it at the deadline. */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function failed(error: string): WebhookResponse {
  return { kind: 'failed', error };
}
