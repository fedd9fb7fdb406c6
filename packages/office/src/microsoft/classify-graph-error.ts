import { readHttpError } from '../http-error';
import type { ProviderFailure } from '../provider-call';
import { isTransientStatus } from '../provider-call';
import { parseRetryAfter } from '../retry';

export function classifyGraphError(error: unknown): ProviderFailure {
  const http = readHttpError(error);
  if (http.status === undefined) return { kind: 'transient', message: `network: ${http.message}` };
  const message = `${http.status} ${http.code ?? ''} ${http.message}`.trim();
  if (http.status === 401) return { kind: 'unauthorized', status: 401, message };
  if (isTransientStatus(http.status)) {
    return {
      kind: 'transient',
      status: http.status,
      retryAfterMs: parseRetryAfter(http.retryAfter),
      message,
    };
  }
  return { kind: 'rejected', status: http.status, message };
}

export function graphStatusOf(error: unknown): number | undefined {
  return readHttpError(error).status;
}
