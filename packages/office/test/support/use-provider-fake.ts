import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { RecordingSink, TokenFakeOptions } from '../fakes/index';
import { createRecordingSink, recordingRetryPolicy, TokenFake } from '../fakes/index';

interface ProviderFake {
  reset(): void;
  close(): Promise<void>;
}

export interface ProviderFakeHarness<Fake> {
  readonly tokens: TokenFake;
  readonly fake: Fake;
  /** Fresh for each test: the tokens and reconnect reasons the adapter reported. */
  readonly sink: RecordingSink;
  /** Fresh for each test: the delays the adapter asked for, without waiting. */
  readonly retry: ReturnType<typeof recordingRetryPolicy>;
}

/**
 * The one setup of an adapter test file: a provider fake and its token server for the whole file, emptied
 * after each test, with a fresh token sink and retry policy per test.
 *
 *     const office = useProviderFake((tokens) => GoogleFake.start(tokens));
 */
export function useProviderFake<Fake extends ProviderFake>(
  start: (tokens: TokenFake) => Promise<Fake>,
  tokenOptions: TokenFakeOptions = {},
): ProviderFakeHarness<Fake> {
  let tokens: TokenFake | undefined;
  let fake: Fake | undefined;
  let sink: RecordingSink | undefined;
  let retry: ReturnType<typeof recordingRetryPolicy> | undefined;

  beforeAll(async () => {
    tokens = await TokenFake.start(tokenOptions);
    fake = await start(tokens);
  });
  afterAll(async () => {
    await fake?.close();
    await tokens?.close();
  });
  beforeEach(() => {
    sink = createRecordingSink();
    retry = recordingRetryPolicy();
  });
  afterEach(() => {
    fake?.reset();
  });

  return {
    get tokens() {
      return required(tokens);
    },
    get fake() {
      return required(fake);
    },
    get sink() {
      return required(sink);
    },
    get retry() {
      return required(retry);
    },
  };
}

function required<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('the provider fake is ready from beforeAll, the sink from beforeEach');
  return value;
}
