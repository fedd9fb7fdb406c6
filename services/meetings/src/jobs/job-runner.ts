import PgBoss from 'pg-boss';
import type { Database } from '../adapters/db/client';
import { createPgBossDatabase } from './pg-boss-database';

/** One pg-boss queue and the work it does. */
export interface JobQueue<T extends object> {
  name: string;
  /** Pollers of this queue, each running one job at a time. */
  workers: number;
  pollingIntervalMs: number;
  /** Runs one job; a throw hands it back to pg-boss, which tries again after its retry delay. */
  run(job: PgBoss.Job<T>): Promise<void>;
}

/** A pass that moves outbox rows into the queues: run at start, then every `intervalMs`. */
export interface JobRelay {
  label: string;
  intervalMs: number;
  run(): Promise<number>;
  /** Resolves once a pass in progress has ended. */
  settled(): Promise<void>;
}

export interface JobRunner {
  /** Registers a queue before the first start. */
  addQueue<T extends object>(queue: JobQueue<T>): void;
  addRelay(relay: JobRelay): void;
  /** Starts pg-boss, every queue's workers and every relay; a second call shares the first. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The running pg-boss, null while stopped: relays hand their rows to it. */
  running(): PgBoss | null;
  /** Makes the queue's idle workers poll now instead of at their next interval. */
  notify(queueName: string): void;
  /**
   * One poll cycle of every queue, as its workers run it: takes the jobs due now and runs them. Resolves with
   * how many ran, so a test can tell "a poll ran and found nothing" without waiting for an interval.
   */
  pollOnce(): Promise<number>;
}

interface Logger {
  error(object: object, message: string): void;
}

/**
 * The process's one pg-boss: one connection's worth of polling and maintenance, one start and stop, whatever
 * number of queues run on it (ADR 005). Queues and relays register before the start.
 */
export function createJobRunner(deps: { database: Database; log: Logger }): JobRunner {
  const { log } = deps;
  const queues: JobQueue<object>[] = [];
  const relays: JobRelay[] = [];
  let boss: PgBoss | null = null;
  let starting: Promise<void> | null = null;
  /** Bumped by every stop(): a start begun before a stop sees it changed and stops the instance it made. */
  let generation = 0;
  const timers: NodeJS.Timeout[] = [];
  const workerIds = new Map<string, string[]>();

  function notify(queueName: string): void {
    const active = boss;
    if (active) for (const id of workerIds.get(queueName) ?? []) active.notifyWorker(id);
  }

  /**
   * pollOnce's run of what it fetched, side by side, each job settled by itself as a worker would: one failure
   * sends only that job back to its retry, the others complete together.
   */
  async function runBatch(
    active: PgBoss,
    queue: JobQueue<object>,
    jobs: PgBoss.Job<object>[],
  ): Promise<void> {
    const done: string[] = [];
    await Promise.all(
      jobs.map(async (job) => {
        const outcome = await runWithinExpiry(queue, job);
        if (outcome === 'done') done.push(job.id);
        else await active.fail(queue.name, job.id, { message: outcome.message });
      }),
    );
    if (done.length > 0) await active.complete(queue.name, done);
  }

  function runInBackground(relay: JobRelay): void {
    relay.run().catch((error: unknown) => log.error({ err: error }, `${relay.label} could not be queued`));
  }

  async function stopBoss(instance: PgBoss, options: PgBoss.StopOptions): Promise<void> {
    await instance
      .stop(options)
      .catch((error: unknown) => log.error({ err: error }, 'the job queue did not stop cleanly'));
  }

  async function startAll(): Promise<void> {
    const startedIn = generation;
    const stopRequested = () => generation !== startedIn;
    const instance = new PgBoss({
      db: createPgBossDatabase(deps.database),
      schedule: false,
      supervise: true,
      // Expiry is checked at maintenance: a job lost with its process runs again within a minute or so.
      maintenanceIntervalSeconds: 30,
    });
    instance.on('error', (error) => log.error({ err: error }, 'job queue error'));
    await instance.start();
    // From here on the instance runs timers (its supervision, one poll per worker): whatever ends this start
    // early, a stop or a failed step, stops it, or it would keep the process alive after shutdown.
    const started = new Map<string, string[]>();
    try {
      for (const queue of queues) {
        if (stopRequested()) break;
        await instance.createQueue(queue.name, { name: queue.name });
        const ids: string[] = [];
        started.set(queue.name, ids);
        for (let i = 0; i < queue.workers && !stopRequested(); i++) {
          // Set once work() answers; a batch finished before that only misses its early poll.
          let id = '';
          // One job at a time per worker, settled by pg-boss itself (its expiry race included), so a late
          // outcome can never settle a job that runs again elsewhere.
          id = await instance.work<object>(
            queue.name,
            { batchSize: 1, pollingIntervalSeconds: queue.pollingIntervalMs / 1000 },
            async ([job]) => {
              if (!job) return;
              // A job found means more may be waiting: poll again at once rather than after the interval.
              instance.notifyWorker(id);
              await queue.run(job);
            },
          );
          ids.push(id);
        }
      }
    } catch (error) {
      await stopBoss(instance, { graceful: false });
      throw error;
    }
    if (stopRequested()) {
      await stopBoss(instance, { graceful: false });
      return;
    }
    for (const [name, ids] of started) workerIds.set(name, ids);
    boss = instance;
    for (const relay of relays) {
      const timer = setInterval(() => runInBackground(relay), relay.intervalMs);
      timer.unref();
      timers.push(timer);
    }
    for (const relay of relays) await relay.run();
  }

  return {
    addQueue(queue) {
      queues.push(queue as unknown as JobQueue<object>);
    },

    addRelay(relay) {
      relays.push(relay);
    },

    start() {
      starting ??= startAll().catch((error: unknown) => {
        starting = null;
        throw error;
      });
      return starting;
    },

    async stop() {
      // A stop may arrive while the workers are still starting (the server answers before its onListen hook has
      // started them). It waits for that start to settle, whatever its outcome: the start stops its own
      // instance once it sees the stop, so the database is never closed under a pg-boss that then lives on.
      // A start stuck on a lost database is the shutdown deadline's to end (see shutdown-watchdog.ts).
      generation += 1;
      await starting?.catch(() => undefined);
      starting = null;
      for (const timer of timers.splice(0)) clearInterval(timer);
      const active = boss;
      boss = null;
      for (const relay of relays) await relay.settled();
      if (active) await stopBoss(active, { graceful: true, wait: true, timeout: 5000 });
      workerIds.clear();
    },

    running: () => boss,

    notify,

    async pollOnce() {
      const active = boss;
      if (!active) return 0;
      let ran = 0;
      for (const queue of queues) {
        const jobs = await active.fetch<object>(queue.name, { batchSize: queue.workers });
        await runBatch(active, queue, jobs);
        ran += jobs.length;
      }
      return ran;
    },
  };
}

/** A little before pg-boss's own limit on the batch's handler, so that each job is settled by us, once. */
const EXPIRY_MARGIN_MS = 100;

/**
 * Runs one job within its expiry, as pg-boss does for a whole batch: a job still running then is failed (and
 * retried), and what it does later is ignored, never settling a job that may by then run again elsewhere.
 */
async function runWithinExpiry(queue: JobQueue<object>, job: PgBoss.Job<object>): Promise<'done' | Error> {
  const limitMs = Math.max(1, job.expireInSeconds) * 1000 - EXPIRY_MARGIN_MS;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error(`job ran longer than ${limitMs} ms`)), limitMs);
  });
  const running = queue.run(job).then(
    () => 'done' as const,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
