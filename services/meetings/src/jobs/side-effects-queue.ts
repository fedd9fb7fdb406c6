import PgBoss from 'pg-boss';
import type { Database } from '../adapters/db/client';
import type { IntegrationsConfig } from '../config';
import type { Clock } from '../ports/clock';
import {
  SIDE_EFFECT_KINDS,
  type SideEffectKind,
  type SideEffectRow,
  type SideEffectsRepository,
  type SideEffectsRunner,
} from '../ports/side-effects';
import type { SideEffectOutcome } from '../use-cases/side-effects/run-side-effect';
import { createCoalescedRelay } from './coalesced-relay';
import { createPgBossDatabase } from './pg-boss-database';

export interface SideEffectsQueue extends SideEffectsRunner {
  /** Starts the workers and hands over every row a previous process left behind. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Hands pending rows to the queue now; resolves with how many were handed over. */
  relay(): Promise<number>;
}

interface Logger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface SideEffectsQueueDeps {
  database: Database;
  sideEffects: Pick<SideEffectsRepository, 'listToEnqueue' | 'markEnqueued'>;
  run: (sideEffectId: string) => Promise<SideEffectOutcome>;
  clock: Clock;
  config: IntegrationsConfig['sideEffects'];
  log: Logger;
}

const RELAY_BATCH = 100;
/** A row handed over this long ago and still pending is handed again (same job id: no duplicate). */
const STALE_ENQUEUE_MS = 60 * 60 * 1000;

const queueName = (kind: SideEffectKind) => `booking-side-effect-${kind.replaceAll('_', '-')}`;

/**
 * The booking transaction writes side-effect rows; this relay moves them into pg-boss, which owns retries
 * with exponential backoff and survives restarts. The job id is the row id, so handing a row over twice
 * (a crash between send and mark) makes one job. Retry counting lives on the row, which decides when it is
 * dead; pg-boss gets a retry limit above it so it never gives up first.
 */
export function createSideEffectsQueue(deps: SideEffectsQueueDeps): SideEffectsQueue {
  const { config, log } = deps;
  let boss: PgBoss | null = null;
  let timer: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;
  /** Bumped by every stop(): a start begun before a stop sees it changed and stops the instance it made. */
  let generation = 0;
  const workerIds: string[] = [];

  async function relayOnce(): Promise<number> {
    const active = boss;
    if (!active) return 0;
    const now = deps.clock.now();
    const rows = await deps.sideEffects.listToEnqueue(
      now,
      new Date(now.getTime() - STALE_ENQUEUE_MS),
      RELAY_BATCH,
    );
    for (const row of rows) await handOver(active, row, now);
    if (rows.length > 0) for (const id of workerIds) active.notifyWorker(id);
    return rows.length;
  }

  async function handOver(active: PgBoss, row: SideEffectRow, now: Date): Promise<void> {
    await active.send(
      queueName(row.kind),
      { sideEffectId: row.id },
      {
        id: row.id,
        startAfter: row.runAfter > now ? row.runAfter : undefined,
        retryLimit: config.maxAttempts + 2,
        retryDelay: config.retryDelaySeconds,
        retryBackoff: config.retryDelaySeconds > 0,
        expireInSeconds: config.jobTimeoutSeconds,
      },
    );
    await deps.sideEffects.markEnqueued(row.id, now);
  }

  const coalesced = createCoalescedRelay(relayOnce);
  const relay = () => coalesced.run();

  function relayInBackground(): void {
    relay().catch((error: unknown) =>
      log.error({ err: error }, 'side effects could not be handed to the queue'),
    );
  }

  return {
    start() {
      starting ??= startWorkers().catch((error: unknown) => {
        starting = null;
        throw error;
      });
      return starting;
    },

    wake() {
      if (boss) relayInBackground();
    },

    relay,

    async requeue(row) {
      const active = boss;
      // Not running: the row is pending and not handed over, so the next start or sweep takes it.
      if (!active) return;
      // The row's earlier job (same id) is finished but still stored, and pg-boss ignores a job whose id it
      // already holds: without this delete the revived row would wait for the archive to forget that job.
      await active.deleteJob(queueName(row.kind), row.id);
      await handOver(active, row, deps.clock.now());
      for (const id of workerIds) active.notifyWorker(id);
    },

    async stop() {
      // A stop may arrive while the workers are still starting (the server answers before its onListen hook has
      // started them). It waits for that start to settle, whatever its outcome: the start stops its own
      // instance once it sees the stop, so the database is never closed under a pg-boss that then lives on.
      // A start stuck on a lost database is the shutdown deadline's to end (see shutdown-watchdog.ts).
      generation += 1;
      await starting?.catch(() => undefined);
      starting = null;
      if (timer) clearInterval(timer);
      timer = null;
      const active = boss;
      boss = null;
      await coalesced.settled();
      if (active) await stopBoss(active, { graceful: true, wait: true, timeout: 5000 });
      workerIds.length = 0;
    },
  };

  async function stopBoss(instance: PgBoss, options: PgBoss.StopOptions): Promise<void> {
    await instance
      .stop(options)
      .catch((error: unknown) => log.error({ err: error }, 'the job queue did not stop cleanly'));
  }

  async function startWorkers(): Promise<void> {
    const startedIn = generation;
    const stopRequested = () => generation !== startedIn;
    const instance = new PgBoss({
      db: createPgBossDatabase(deps.database),
      schedule: false,
      supervise: true,
    });
    instance.on('error', (error) => log.error({ err: error }, 'job queue error'));
    await instance.start();
    // From here on the instance runs timers (its 120 s supervision, one poll per worker): whatever ends this
    // start early, a stop or a failed step, stops it, or it would keep the process alive after shutdown.
    try {
      for (const kind of SIDE_EFFECT_KINDS) {
        if (stopRequested()) break;
        const name = queueName(kind);
        await instance.createQueue(name, { name });
        const workerId = await instance.work<{ sideEffectId: string }>(
          name,
          { pollingIntervalSeconds: config.pollingIntervalMs / 1000 },
          async (jobs) => {
            for (const job of jobs) {
              const outcome = await deps.run(job.data.sideEffectId);
              if (outcome === 'dead')
                log.warn({ sideEffectId: job.data.sideEffectId, kind }, 'side effect gave up');
              // Throwing makes pg-boss schedule the next attempt with its backoff.
              if (outcome === 'retry')
                throw new Error(`side effect ${job.data.sideEffectId} (${kind}) failed`);
            }
          },
        );
        workerIds.push(workerId);
      }
    } catch (error) {
      workerIds.length = 0;
      await stopBoss(instance, { graceful: false });
      throw error;
    }
    if (stopRequested()) {
      workerIds.length = 0;
      await stopBoss(instance, { graceful: false });
      return;
    }
    boss = instance;
    timer = setInterval(relayInBackground, config.relayIntervalMs);
    timer.unref();
    await relay();
  }
}
