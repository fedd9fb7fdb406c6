import type { OAuthTokens, RetryPolicy, TokenSink } from './port';
import { OfficeError } from './port';
import { computeRetryDelay, defaultRetryPolicy, sleepFor } from './retry';

/** What a provider error means for the caller, decided by each adapter from its SDK's error shape. */
export type ProviderFailure =
  | { kind: 'unauthorized'; status: number; message: string }
  | { kind: 'transient'; status?: number; retryAfterMs?: number; message: string }
  | { kind: 'rejected'; status?: number; message: string };

/** A 2xx answer that still reports a server-side failure for part of the request (e.g. one calendar). */
export class PartialOutageError extends Error {
  override readonly name = 'PartialOutageError';
}

export type RefreshTokens = (refreshToken: string) => Promise<OAuthTokens>;

export interface ProviderCallerOptions {
  tokens: OAuthTokens;
  sink: TokenSink;
  refresh: RefreshTokens;
  classify: (error: unknown) => ProviderFailure;
  retry?: RetryPolicy;
  now?: () => number;
}

/** Tokens expiring within this margin are refreshed before the call rather than after a 401. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Owns what the SDKs do poorly: refresh-once-on-401 (reporting new tokens to the sink) and
 * retry with backoff + Retry-After on transient failures, POST included.
 */
export function createProviderCaller(options: ProviderCallerOptions) {
  const policy = options.retry ?? defaultRetryPolicy;
  const sleep = policy.sleep ?? sleepFor;
  const now = options.now ?? Date.now;
  let tokens = options.tokens;
  let refreshing: Promise<void> | undefined;

  async function markNeedsReconnect(reason: string, cause?: unknown): Promise<never> {
    await options.sink.markNeedsReconnect(reason);
    throw new OfficeError('needs_reconnect', reason, { cause });
  }

  async function refreshNow(): Promise<void> {
    let next: OAuthTokens;
    try {
      // The token endpoint is retried like any provider call (its SDK's own retry is off, see oauth.ts).
      next = await callWithRetry('token refresh', () => options.refresh(tokens.refreshToken), policy);
    } catch (error) {
      if (error instanceof OfficeError && error.code === 'needs_reconnect') {
        return markNeedsReconnect(error.message, error);
      }
      throw error;
    }
    tokens = next;
    await options.sink.saveTokens(next);
  }

  function refreshOnce(): Promise<void> {
    refreshing ??= refreshNow().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  return async function callProvider<T>(
    operationName: string,
    operation: (accessToken: string) => Promise<T>,
  ) {
    if (tokens.expiresAt - EXPIRY_MARGIN_MS <= now()) await refreshOnce();
    let hasRefreshed = false;
    let attempt = 1;
    for (;;) {
      try {
        return await operation(tokens.accessToken);
      } catch (error) {
        if (error instanceof OfficeError) throw error;
        const failure: ProviderFailure =
          error instanceof PartialOutageError
            ? { kind: 'transient', message: error.message }
            : options.classify(error);
        if (failure.kind === 'unauthorized') {
          if (hasRefreshed) {
            return markNeedsReconnect(`${operationName}: access token refused after refresh`, error);
          }
          hasRefreshed = true;
          await refreshOnce();
          continue;
        }
        if (failure.kind === 'rejected') {
          throw new OfficeError('provider_rejected', `${operationName}: ${failure.message}`, {
            status: failure.status,
            cause: error,
          });
        }
        await sleep(delayBeforeRetry(policy, operationName, attempt, failure, error));
        attempt += 1;
      }
    }
  };
}

/**
 * A provider call that needs no access token (the OAuth token endpoint, whose failures are already
 * OfficeErrors): `provider_unavailable` is retried with the same backoff as every other call, anything else
 * is final.
 */
export async function callWithRetry<T>(
  operationName: string,
  operation: () => Promise<T>,
  retry: RetryPolicy = defaultRetryPolicy,
): Promise<T> {
  const sleep = retry.sleep ?? sleepFor;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof OfficeError) || error.code !== 'provider_unavailable') throw error;
      const failure = { kind: 'transient', status: error.status, message: error.message } as const;
      await sleep(delayBeforeRetry(retry, operationName, attempt, failure, error));
    }
  }
}

/** How long to wait before the next attempt; throws provider_unavailable once the attempts are used up. */
function delayBeforeRetry(
  policy: RetryPolicy,
  operationName: string,
  failedAttempt: number,
  failure: Extract<ProviderFailure, { kind: 'transient' }>,
  cause: unknown,
): number {
  if (failedAttempt >= policy.maxAttempts) {
    throw new OfficeError(
      'provider_unavailable',
      `${operationName}: ${failure.message} (after ${failedAttempt} attempts)`,
      { status: failure.status, cause },
    );
  }
  return computeRetryDelay(policy, failedAttempt, failure.retryAfterMs);
}

export type ProviderCaller = ReturnType<typeof createProviderCaller>;

/** Statuses worth another try: throttling, server trouble, and timeouts at a gateway. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
