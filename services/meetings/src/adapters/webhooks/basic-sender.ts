import type { WebhookSender } from '../../ports/webhook-delivery';

export interface BasicWebhookSenderOptions {
  timeoutMs: number;
  maxBodyBytes: number;
}

/**
 * A plain fetch-based sender: no redirect is followed (a 3xx is the answer), the attempt stops at the
 * timeout, and at most `maxBodyBytes` of the answer are read. It does not check the addresses a host
 * resolves to: the SSRF-safe sender (adapters/webhooks/http-sender.ts, issue 12) replaces it in the
 * container.
 */
export function createBasicWebhookSender(options: BasicWebhookSenderOptions): WebhookSender {
  return {
    async send(request) {
      try {
        const response = await fetch(request.url, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        return {
          kind: 'answered',
          status: response.status,
          body: await readStart(response, options.maxBodyBytes),
        };
      } catch (error) {
        return { kind: 'failed', error: describe(error) };
      }
    },
  };
}

async function readStart(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
