import type PgBoss from 'pg-boss';
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
import type { JobRunner } from './job-runner';

export interface SideEffectsQueue extends SideEffectsRunner {
  /** Hands pending rows to the queue now; resolves with how many were handed over. */
  relay(): Promise<number>;
}

interface Logger {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface SideEffectsQueueDeps {
  runner: JobRunner;
  sideEffects: Pick<SideEffectsRepository, 'listToEnqueue' | 'markEnqueued'>;
  run: (sideEffectId: string) => Promise<SideEffectOutcome>;
  clock: Clock;
  config: IntegrationsConfig['sideEffects'];
  log: Logger;
}

const RELAY_BATCH = 100;
/** A row handed over this long ago and still pending is handed again (same job id: no duplicate). */
const STALE_ENQUEUE_MS = 60 * 60 * 1000;
/**
 * Per kind: workers, each running one job at a time and polling again at once while it finds work. A burst of
 * bookings is sent side by side, while one slow provider holds at most its own kind's workers.
 */
const WORKERS_PER_KIND = 10;

const queueName = (kind: SideEffectKind) => `booking-side-effect-${kind.replaceAll('_', '-')}`;

/**
 * The booking transaction writes side-effect rows; this relay moves them into pg-boss, which owns retries
 * with exponential backoff and survives restarts. The job id is the row id, so handing a row over twice
 * (a crash between send and mark) makes one job. Retry counting lives on the row, which decides when it is
 * dead; pg-boss gets a retry limit above it so it never gives up first.
 */
export function createSideEffectsQueue(deps: SideEffectsQueueDeps): SideEffectsQueue {
  const { config, log, runner } = deps;

  const toJob = (row: SideEffectRow, now: Date): PgBoss.JobInsert<{ sideEffectId: string }> => ({
    id: row.id,
    name: queueName(row.kind),
    data: { sideEffectId: row.id },
    ...(row.runAfter > now ? { startAfter: row.runAfter } : {}),
    retryLimit: config.maxAttempts + 2,
    retryDelay: config.retryDelaySeconds,
    retryBackoff: config.retryDelaySeconds > 0,
    expireInSeconds: config.jobTimeoutSeconds,
  });

  /** One statement hands the rows to pg-boss, one marks them handed over. */
  async function handOver(active: PgBoss, rows: SideEffectRow[], now: Date): Promise<void> {
    await active.insert(rows.map((row) => toJob(row, now)));
    await deps.sideEffects.markEnqueued(
      rows.map((row) => row.id),
      now,
    );
    for (const kind of new Set(rows.map((row) => row.kind))) runner.notify(queueName(kind));
  }

  async function relayOnce(): Promise<number> {
    let total = 0;
    // A burst leaves more than one batch: keep going until the rows run out, not until the next sweep.
    for (;;) {
      const active = runner.running();
      if (!active) return total;
      const now = deps.clock.now();
      const rows = await deps.sideEffects.listToEnqueue(
        now,
        new Date(now.getTime() - STALE_ENQUEUE_MS),
        RELAY_BATCH,
      );
      if (rows.length > 0) await handOver(active, rows, now);
      total += rows.length;
      if (rows.length < RELAY_BATCH) return total;
    }
  }

  const coalesced = createCoalescedRelay(relayOnce);
  const relay = () => coalesced.run();

  for (const kind of SIDE_EFFECT_KINDS) {
    runner.addQueue<{ sideEffectId: string }>({
      name: queueName(kind),
      workers: WORKERS_PER_KIND,
      pollingIntervalMs: config.pollingIntervalMs,
      async run(job) {
        const outcome = await deps.run(job.data.sideEffectId);
        if (outcome === 'dead')
          log.warn({ sideEffectId: job.data.sideEffectId, kind }, 'side effect gave up');
        // Throwing makes pg-boss schedule the next attempt with its backoff.
        if (outcome === 'retry') throw new Error(`side effect ${job.data.sideEffectId} (${kind}) failed`);
        // Another run of this job still holds the row: completing the job now could strand the row if that
        // run then fails or dies, so the job looks again after its retry delay.
        if (outcome === 'busy')
          throw new Error(`side effect ${job.data.sideEffectId} (${kind}) is held by another run`);
      },
    });
  }
  runner.addRelay({
    label: 'side effects',
    intervalMs: config.relayIntervalMs,
    run: relay,
    settled: () => coalesced.settled(),
  });

  return {
    wake() {
      if (runner.running())
        relay().catch((error: unknown) =>
          log.error({ err: error }, 'side effects could not be handed to the queue'),
        );
    },

    relay,

    async requeue(row) {
      const active = runner.running();
      // Not running: the row is pending and not handed over, so the next start or sweep takes it.
      if (!active) return;
      // The row's earlier job (same id) is finished but still stored, and pg-boss ignores a job whose id it
      // already holds: without this delete the revived row would wait for the archive to forget that job.
      await active.deleteJob(queueName(row.kind), row.id);
      await handOver(active, [row], deps.clock.now());
    },
  };
}
