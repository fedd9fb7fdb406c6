import type { OAuthTokens, RetryPolicy, TokenSink } from '../../src/port';

export interface RecordingSink extends TokenSink {
  saved: OAuthTokens[];
  reconnectReasons: string[];
}

/** A TokenSink that remembers what the adapter reported, for assertions. */
export function createRecordingSink(): RecordingSink {
  const saved: OAuthTokens[] = [];
  const reconnectReasons: string[] = [];
  return {
    saved,
    reconnectReasons,
    saveTokens: async (tokens) => {
      saved.push(tokens);
    },
    markNeedsReconnect: async (reason) => {
      reconnectReasons.push(reason);
    },
  };
}

/** A RetryPolicy that records the delays it was asked to wait instead of waiting. */
export function recordingRetryPolicy(
  overrides: Partial<RetryPolicy> = {},
): RetryPolicy & { delays: number[] } {
  const delays: number[] = [];
  return {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 2_000,
    ...overrides,
    delays,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}
