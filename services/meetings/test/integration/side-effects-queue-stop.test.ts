import PgBoss from 'pg-boss';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/adapters/db/client';
import { systemClock } from '../../src/container';
import { createJobRunner } from '../../src/jobs/job-runner';
import { createSideEffectsQueue } from '../../src/jobs/side-effects-queue';
import { useTestDatabase } from '../support/use-test-app';

const t = useTestDatabase();

const config = {
  maxAttempts: 3,
  retryDelaySeconds: 1,
  pollingIntervalMs: 500,
  relayIntervalMs: 60_000,
  jobTimeoutSeconds: 30,
};
const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

/** The test database, except that pg-boss's statements containing `failOn` fail, as on a database just closed. */
function failingOn(database: Database, failOn: string): Database {
  const client = (database.db as unknown as { $client: Record<string, unknown> }).$client;
  const fail = (text: unknown) => {
    if (typeof text === 'string' && text.includes(failOn)) throw new Error('database closed');
  };
  const proxy = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if ((property !== 'query' && property !== 'exec') || typeof value !== 'function') return value;
      return async (text: unknown, ...rest: unknown[]) => {
        fail(text);
        return value.call(target, text, ...rest);
      };
    },
  });
  return { ...database, db: Object.assign(Object.create(database.db), { $client: proxy }) };
}

/** The job runner with the side-effect queue registered on it, as the container wires them. */
function queueOn(database: Database) {
  const runner = createJobRunner({ database, log: silentLog });
  const queue = createSideEffectsQueue({
    runner,
    sideEffects: { listToEnqueue: async () => [], markEnqueued: async () => {} },
    run: async () => 'done',
    clock: systemClock,
    config,
    log: silentLog,
  });
  return { start: runner.start, stop: runner.stop, relay: queue.relay };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// The hung stops of issue 14 had pg-boss's supervision timer and worker polls still live after the app closed:
// a pg-boss that a start had started but nobody stopped.
describe('the job queue on stop', () => {
  it('stops the pg-boss it started when a later step of the start fails', async () => {
    const stops = vi.spyOn(PgBoss.prototype, 'stop');
    const queue = queueOn(failingOn(t.database, '.create_queue($1'));

    await expect(queue.start()).rejects.toThrow('database closed');

    expect(stops).toHaveBeenCalledTimes(1);
    await expect(stops.mock.results[0]?.value).resolves.toBeUndefined();
  });

  it('a stop that arrives while the workers start waits for the start, which stops its own pg-boss', async () => {
    const stops = vi.spyOn(PgBoss.prototype, 'stop');
    const queue = queueOn(t.database);

    const starting = queue.start();
    await queue.stop();

    await expect(starting).resolves.toBeUndefined();
    expect(stops).toHaveBeenCalledTimes(1);
    await expect(stops.mock.results[0]?.value).resolves.toBeUndefined();
    // Nothing is handed to a queue that no longer runs.
    expect(await queue.relay()).toBe(0);
  });

  it('starts again after a completed stop, and stops again', async () => {
    const stops = vi.spyOn(PgBoss.prototype, 'stop');
    const queue = queueOn(t.database);
    await queue.start();
    await queue.stop();
    await queue.start();
    await queue.stop();
    expect(stops).toHaveBeenCalledTimes(2);
  });
});
