import { readHttpError } from '../http-error';
import type { ProviderFailure } from '../provider-call';
import { isTransientStatus } from '../provider-call';
import { parseRetryAfter } from '../retry';

/** Google answers quota exhaustion with 403 and one of these reasons instead of 429. */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

export function classifyGoogleError(error: unknown): ProviderFailure {
  const http = readHttpError(error);
  const message = describeGoogleError(http.data) ?? http.message;
  if (http.status === undefined) return { kind: 'transient', message: `network: ${http.code ?? message}` };
  if (http.status === 401) return { kind: 'unauthorized', status: 401, message };
  const retryAfterMs = parseRetryAfter(http.retryAfter);
  if (isTransientStatus(http.status))
    return { kind: 'transient', status: http.status, retryAfterMs, message };
  if (http.status === 403 && readReasons(http.data).some((reason) => RATE_LIMIT_REASONS.has(reason))) {
    return { kind: 'transient', status: 403, retryAfterMs, message };
  }
  return { kind: 'rejected', status: http.status, message };
}

export function googleStatusOf(error: unknown): number | undefined {
  return readHttpError(error).status;
}

interface GoogleErrorBody {
  error?: { message?: string; errors?: { reason?: string }[] };
}

function describeGoogleError(data: unknown): string | undefined {
  return (data as GoogleErrorBody | undefined)?.error?.message;
}

function readReasons(data: unknown): string[] {
  const errors = (data as GoogleErrorBody | undefined)?.error?.errors ?? [];
  return errors.flatMap((entry) => (entry.reason ? [entry.reason] : []));
}
